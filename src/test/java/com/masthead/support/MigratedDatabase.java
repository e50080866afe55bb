package com.masthead.support;

import com.masthead.system.FlywayDialectPlaceholders;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A new database with the application's schema, without Spring: a SQLite file with the production URL options, or
 * a database of its own on the tests' embedded PostgreSQL server. {@link #pool} opens a connection pool on it as
 * an instance of the application has (Hikari); open one per simulated instance and close it after the test.
 */
public record MigratedDatabase(String url, String user, String password, String product) {

    public static MigratedDatabase sqlite() throws IOException {
        String url =
                "jdbc:sqlite:" + Files.createTempDirectory("masthead-migrated").resolve("masthead.db")
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&synchronous=NORMAL&transaction_mode=IMMEDIATE";
        return new MigratedDatabase(url, null, null, "SQLite").migrated();
    }

    public static MigratedDatabase postgres(String name) throws SQLException {
        String serverUrl = PostgresServer.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        String url = serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        return new MigratedDatabase(url, "postgres", "postgres", "PostgreSQL").migrated();
    }

    /** A new pool of at most {@code size} connections, as one instance has (the application's default is 8). */
    public HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private MigratedDatabase migrated() {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(FlywayDialectPlaceholders.placeholdersFor(product))
                .load()
                .migrate();
        return this;
    }
}
