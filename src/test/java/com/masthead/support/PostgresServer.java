package com.masthead.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server per test JVM (embedded binaries from Maven, run as an unprivileged user when the
 * tests run as root), started on first use and stopped when the JVM exits.
 */
public final class PostgresServer {

    private static EmbeddedPostgres server;

    private PostgresServer() {}

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stop));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is exiting; nothing left to clean up
        }
    }
}
