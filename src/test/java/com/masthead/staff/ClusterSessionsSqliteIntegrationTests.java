package com.masthead.staff;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one SQLite file (WAL mode, the production URL options). */
class ClusterSessionsSqliteIntegrationTests implements ClusterSessionsContract {

    private static SessionCluster cluster;

    @BeforeAll
    static void start() throws IOException {
        cluster = SessionCluster.onSqlite();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Override
    public SessionCluster cluster() {
        return cluster;
    }
}
