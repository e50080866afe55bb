package com.masthead.search.web;

import com.masthead.MastheadApplication;
import com.masthead.search.SearchIndex;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * Complete Masthead applications ("instances") on one database, each with its own data directory and search index,
 * as several instances behind a load balancer run (like {@code pagecache.TwoInstances}). An instance can run on a
 * clock set off from the others, and can hold its index rebuilds at a gate the test opens.
 */
final class SearchInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    static Map<String, Object> newSqliteDatabase(String prefix) throws IOException {
        Path file = Files.createTempDirectory(prefix).resolve("masthead.db");
        return Map.of(
                "spring.datasource.url",
                "jdbc:sqlite:" + file
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
    }

    static Map<String, Object> newPostgresDatabase(String name) throws SQLException {
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

    Instance start(Map<String, Object> database, String name) {
        return start(database, name, Duration.ZERO, null);
    }

    /**
     * Starts an instance whose clock is {@code clockOffset} away from the real one; when {@code rebuildGate} is not
     * null, each rebuild of its index waits for it to open before it begins.
     */
    Instance start(Map<String, Object> database, String name, Duration clockOffset, CountDownLatch rebuildGate) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("masthead-search-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.put("server.port", 0);
        properties.put("masthead.data-dir", dataDir.toString());
        properties.put("masthead.seed-demo-content", false);
        properties.put("spring.main.banner-mode", "off");
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        BeanPostProcessor adjustments = new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Clock clock && !clockOffset.isZero()) {
                    return Clock.offset(clock, clockOffset);
                }
                if (bean instanceof SearchIndex index && rebuildGate != null) {
                    return new GatedSearchIndex(index, rebuildGate);
                }
                return bean;
            }
        };
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MastheadApplication.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(adjustments))
                .run(arguments);
        contexts.add(context);
        return new Instance(context);
    }

    @Override
    public void close() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    /** Real-HTTP access to one instance. */
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

        SearchIndex searchIndex() {
            return context.getBean(SearchIndex.class);
        }

        ApplicationAvailability availability() {
            return context.getBean(ApplicationAvailability.class);
        }

        /** Index rebuilds this instance has completed, as its metrics endpoint reports them. */
        long rebuilds() {
            return (long) api("GET", "/actuator/metrics/masthead.search.rebuilds")
                    .json()
                    .get("measurements")
                    .get(0)
                    .get("value")
                    .asDouble();
        }
    }
}
