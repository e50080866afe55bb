package com.masthead.edition;

import com.masthead.support.PostgresSiteTest;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IssueGoLivePostgresIntegrationTests extends PostgresSiteTest implements IssueGoLiveContract {

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
