package com.masthead.staff;

import com.masthead.MastheadApplication;
import com.masthead.support.PostgresServer;
import com.masthead.support.SiteTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * Two complete Masthead applications ("instances" A and B) on one database, each with its own data directory, as
 * instances behind a load balancer run; A can be restarted (stopped, then started again on the same database and
 * data directory, on a new port), as in a deploy.
 */
final class SessionCluster implements AutoCloseable {

    private final Map<String, Object> database;
    private final Path dataDirA;
    private Instance a;
    private Instance b;

    private SessionCluster(Map<String, Object> database) {
        this.database = database;
        try {
            this.dataDirA = Files.createTempDirectory("masthead-sessions-a");
            this.a = start(dataDirA);
            this.b = start(Files.createTempDirectory("masthead-sessions-b"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two instances on a fresh SQLite file in WAL mode with the production URL options. */
    static SessionCluster onSqlite() throws IOException {
        Path file = Files.createTempDirectory("masthead-sessions-sqlite").resolve("masthead.db");
        return new SessionCluster(Map.of(
                "spring.datasource.url",
                "jdbc:sqlite:" + file
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE"));
    }

    /** Two instances on a new database {@code name} of the tests' embedded PostgreSQL server. */
    static SessionCluster onPostgres(String name) throws SQLException {
        String serverUrl = PostgresServer.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return new SessionCluster(Map.of(
                "spring.datasource.url", serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres"));
    }

    Instance a() {
        return a;
    }

    Instance b() {
        return b;
    }

    /** Stops instance A and starts it again on the same database and data directory. */
    Instance restartA() {
        a.context.close();
        a = start(dataDirA);
        return a;
    }

    private Instance start(Path dataDir) {
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.put("server.port", 0);
        properties.put("masthead.data-dir", dataDir.toString());
        properties.put("masthead.seed-demo-content", false);
        properties.put("spring.main.banner-mode", "off");
        // as command-line arguments: they outrank application.properties (builder properties would not)
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new Instance(new SpringApplicationBuilder(MastheadApplication.class).run(arguments));
    }

    @Override
    public void close() {
        a.context.close();
        b.context.close();
    }

    /** Real-HTTP access to one instance, with the helpers the full-stack tests use. */
    static final class Instance extends SiteTestSupport {

        private final ConfigurableApplicationContext context;

        private Instance(ConfigurableApplicationContext context) {
            this.context = context;
            this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            this.tokens = context.getBean(ApiTokens.class);
            this.json = context.getBean(ObjectMapper.class);
            this.jdbc = context.getBean(JdbcClient.class);
            this.staffAccounts = context.getBean(StaffAccounts.class);
        }

        StaffAccounts accounts() {
            return staffAccounts;
        }
    }
}
