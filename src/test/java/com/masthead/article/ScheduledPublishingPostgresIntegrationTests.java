package com.masthead.article;

import com.masthead.support.PostgresSiteTest;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScheduledPublishingPostgresIntegrationTests extends PostgresSiteTest implements ScheduledPublishingContract {

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
