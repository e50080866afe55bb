package com.masthead.pagecache;

import com.masthead.MastheadApplication;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.StaffAccounts;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * Two complete Masthead applications ("instances") on one database, each with its own data directory (search
 * index, media) and its own page cache, as several instances behind a load balancer run. Started one after the
 * other, so the second finds the schema and content the first created.
 */
public final class TwoInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

    /** A fresh SQLite file in WAL mode with the production URL options, as datasource properties. */
    public static Map<String, Object> newSqliteDatabase(String prefix) throws IOException {
        Path file = Files.createTempDirectory(prefix).resolve("masthead.db");
        return Map.of(
                "spring.datasource.url",
                "jdbc:sqlite:" + file
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
    }

    /** A new, empty database {@code name} on the tests' embedded PostgreSQL server, as datasource properties. */
    public static Map<String, Object> newPostgresDatabase(String name) throws SQLException {
        String serverUrl = PostgresServer.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return Map.of(
                "spring.datasource.url", serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }

    /** Starts the first instance on the database; start the second with {@link #startSecond()}. */
    public Instance startFirst(Map<String, Object> database) {
        return start(database, "first");
    }

    public Instance startSecond(Map<String, Object> database) {
        return start(database, "second");
    }

    private Instance start(Map<String, Object> database, String name) {
        return start(name, database, Map.of());
    }

    /**
     * Starts an instance named {@code name} on the database with further properties ({@code settings} outrank the
     * defaults here, e.g. {@code masthead.seed-demo-content=true}). Thread-safe: instances may start together.
     */
    public Instance start(String name, Map<String, Object> database, Map<String, Object> settings) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("masthead-" + name + "-instance");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.put("server.port", 0);
        properties.put("masthead.data-dir", dataDir.toString());
        properties.put("masthead.seed-demo-content", false);
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(settings);
        // as command-line arguments: they outrank application.properties (builder properties would not)
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MastheadApplication.class).run(arguments);
        contexts.add(context);
        return new Instance(context);
    }

    /** Stops one instance, as a crash or a deploy would; the others go on. */
    public void stop(Instance instance) {
        contexts.remove(instance.context);
        instance.context.close();
    }

    @Override
    public void close() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    /** Real-HTTP access to one instance, with the same helpers the full-stack tests use. */
    public static final class Instance extends SiteTestSupport {

        private final ConfigurableApplicationContext context;

        private Instance(ConfigurableApplicationContext context) {
            this.context = context;
            this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            this.tokens = context.getBean(ApiTokens.class);
            this.json = context.getBean(ObjectMapper.class);
            this.jdbc = context.getBean(JdbcClient.class);
            this.staffAccounts = context.getBean(StaffAccounts.class);
        }

        /** This instance's connection to the shared database, to look at what it wrote. */
        public JdbcClient jdbc() {
            return jdbc;
        }

        /** A bean of this instance, to drive its jobs directly. */
        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        String cacheStatus(String path) {
            return get(path).headers().firstValue("X-Cache").orElse("none");
        }
    }
}
