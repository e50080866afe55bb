package com.masthead.ratelimit;

import com.masthead.pagecache.TwoInstances;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one PostgreSQL database of their own (on the tests' embedded server). */
class SharedLimitsPostgresIntegrationTests implements SharedLimitsContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static Map<String, Object> database;
    private static TwoInstances.Instance first;
    private static TwoInstances.Instance second;

    @BeforeAll
    static void start() throws SQLException {
        database = SharedLimitsContract.limited(TwoInstances.newPostgresDatabase(
                "shared_limits_" + ProcessHandle.current().pid()));
        first = INSTANCES.startFirst(database);
        second = INSTANCES.startSecond(database);
    }

    @AfterAll
    static void stop() {
        INSTANCES.close();
    }

    @Override
    public TwoInstances.Instance first() {
        return first;
    }

    @Override
    public TwoInstances.Instance second() {
        return second;
    }

    @Override
    public Map<String, Object> database() {
        return database;
    }
}
