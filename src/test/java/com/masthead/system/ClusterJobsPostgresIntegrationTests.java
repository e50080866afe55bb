package com.masthead.system;

import com.masthead.pagecache.TwoInstances;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one PostgreSQL database of their own (on the tests' embedded server). */
class ClusterJobsPostgresIntegrationTests implements ClusterJobsContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static TwoInstances.Instance first;
    private static TwoInstances.Instance second;

    @BeforeAll
    static void start() throws SQLException {
        Map<String, Object> database = TwoInstances.newPostgresDatabase(
                "cluster_jobs_" + ProcessHandle.current().pid());
        Map<String, Object> settings = Map.of("masthead.popularity.flush-interval", "1h");
        first = INSTANCES.start("jobs-a", database, settings);
        second = INSTANCES.start("jobs-b", database, settings);
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
}
