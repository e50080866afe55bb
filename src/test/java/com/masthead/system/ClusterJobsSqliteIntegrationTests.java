package com.masthead.system;

import com.masthead.pagecache.TwoInstances;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one SQLite file (WAL mode, the production URL options). */
class ClusterJobsSqliteIntegrationTests implements ClusterJobsContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static TwoInstances.Instance first;
    private static TwoInstances.Instance second;

    @BeforeAll
    static void start() throws IOException {
        Map<String, Object> database = TwoInstances.newSqliteDatabase("masthead-cluster-jobs-sqlite");
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
