package com.masthead.pagecache;

import com.masthead.support.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one PostgreSQL database of their own (on the tests' embedded server). */
class SharedSnapshotsPostgresIntegrationTests implements SharedSnapshotsContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static TwoInstances.Instance editorial;
    private static TwoInstances.Instance reader;

    @BeforeAll
    static void start() throws SQLException {
        String serverUrl = PostgresServer.jdbcUrl();
        String name = "shared_snapshots_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        Map<String, Object> database = Map.of(
                "spring.datasource.url", serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
        editorial = INSTANCES.startFirst(database);
        reader = INSTANCES.startSecond(database);
    }

    @AfterAll
    static void stop() {
        INSTANCES.close();
    }

    @Override
    public TwoInstances.Instance editorial() {
        return editorial;
    }

    @Override
    public TwoInstances.Instance reader() {
        return reader;
    }
}
