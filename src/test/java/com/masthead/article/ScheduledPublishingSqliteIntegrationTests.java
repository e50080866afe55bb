package com.masthead.article;

import com.masthead.support.SqliteSiteTest;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScheduledPublishingSqliteIntegrationTests extends SqliteSiteTest implements ScheduledPublishingContract {

    @Autowired
    ArticleEditing editing;

    @Autowired
    Clock clock;

    @Override
    public ArticleEditing editing() {
        return editing;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public long channelId() {
        return jdbc.sql("select id from channel where parent_id is not null order by id limit 1")
                .query(Long.class)
                .single();
    }
}
