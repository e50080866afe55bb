package com.masthead.staff;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one PostgreSQL database of their own (on the tests' embedded server). */
class ClusterSessionsPostgresIntegrationTests implements ClusterSessionsContract {

    private static SessionCluster cluster;

    @BeforeAll
    static void start() throws SQLException {
        cluster = SessionCluster.onPostgres(
                "cluster_sessions_" + ProcessHandle.current().pid());
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
