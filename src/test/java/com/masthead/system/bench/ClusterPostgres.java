package com.masthead.system.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server for {@code bench/cluster/run.sh}: started on the given port with a database {@code
 * masthead}; prints {@code JDBC <url>} and runs until the process is stopped (the shutdown hook stops the server).
 */
public final class ClusterPostgres {

    private static final Logger log = LoggerFactory.getLogger(ClusterPostgres.class);

    private ClusterPostgres() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("max_connections", "200")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                log.warn("could not stop PostgreSQL", e);
            }
        }));
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database masthead");
        }
        log.info("JDBC jdbc:postgresql://127.0.0.1:{}/masthead", port);
        Thread.currentThread().join();
    }
}
