package com.masthead.system;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One migrated database (a fresh SQLite file or a fresh database on the tests' PostgreSQL server) on which several
 * {@link JdbcChangeSignals} stand for several instances, without Spring: each has its own origin and cursor, all
 * share one connection pool and transaction manager, and nothing polls unless a test (or a push) asks.
 */
final class SignalDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final DataSource listenConnections;
    private final List<JdbcChangeSignals> instances = new ArrayList<>();

    private SignalDatabase(String url, String user, String password, boolean postgres) {
        this.pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(6);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .placeholders(FlywayDialectPlaceholders.placeholdersFor(postgres ? "PostgreSQL" : "SQLite"))
                .load()
                .migrate();
        this.listenConnections =
                postgres ? new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password) : null;
    }

    static SignalDatabase sqlite() throws Exception {
        Path file = Files.createTempDirectory("masthead-signals").resolve("masthead.db");
        return new SignalDatabase(
                "jdbc:sqlite:" + file
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE",
                null,
                null,
                false);
    }

    static SignalDatabase postgres(String name) throws Exception {
        String serverUrl = com.masthead.support.PostgresServer.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return new SignalDatabase(
                serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"), "postgres", "postgres", true);
    }

    boolean postgres() {
        return listenConnections != null;
    }

    /** A started instance; {@code pollInterval} only paces its reconnects (nothing schedules its polls here). */
    JdbcChangeSignals instance(Duration pollInterval) {
        JdbcChangeSignals signals = new JdbcChangeSignals(
                JdbcClient.create(pool),
                Clock.systemUTC(),
                new ChangeSignalProperties(pollInterval, null, null, true),
                postgres() ? new SignalPush(listenConnections) : SignalPush.NONE);
        signals.afterSingletonsInstantiated();
        instances.add(signals);
        return signals;
    }

    TransactionTemplate transactions() {
        return new TransactionTemplate(new JdbcTransactionManager(pool));
    }

    JdbcClient jdbc() {
        return JdbcClient.create(pool);
    }

    /** Rows with this detail, counted on a connection of its own (outside any transaction in progress). */
    long committedRows(String detail) {
        try (Connection connection = pool.getConnection();
                var statement = connection.prepareStatement("select count(*) from change_signal where detail = ?")) {
            statement.setString(1, detail);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        instances.forEach(JdbcChangeSignals::stop);
        pool.close();
    }
}
