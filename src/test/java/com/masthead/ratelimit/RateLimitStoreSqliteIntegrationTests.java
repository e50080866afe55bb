package com.masthead.ratelimit;

import com.masthead.support.MigratedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class RateLimitStoreSqliteIntegrationTests implements RateLimitStoreContract {

    private static HikariDataSource first;
    private static HikariDataSource second;

    @BeforeAll
    static void migrate() throws IOException {
        MigratedDatabase database = MigratedDatabase.sqlite();
        first = database.pool(8);
        second = database.pool(8);
    }

    @AfterAll
    static void close() {
        first.close();
        second.close();
    }

    @Override
    public DataSource database() {
        return first;
    }

    @Override
    public DataSource otherInstance() {
        return second;
    }

    @Override
    public String product() {
        return "SQLite";
    }

    @Override
    public DataSource unreachable() {
        try {
            // a file in a directory that does not exist: SQLite cannot open it
            return new DriverManagerDataSource(
                    "jdbc:sqlite:" + Files.createTempDirectory("masthead-gone").resolve("missing/masthead.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
