package com.masthead.edition;

import com.masthead.support.SqliteSiteTest;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IssueGoLiveSqliteIntegrationTests extends SqliteSiteTest implements IssueGoLiveContract {

    @Autowired
    EditionEditing editing;

    @Autowired
    Clock clock;

    @Override
    public EditionEditing editing() {
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
}
