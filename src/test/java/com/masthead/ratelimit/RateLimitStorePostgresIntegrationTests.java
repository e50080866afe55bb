package com.masthead.ratelimit;

import com.masthead.support.MigratedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class RateLimitStorePostgresIntegrationTests implements RateLimitStoreContract {

    private static HikariDataSource first;
    private static HikariDataSource second;

    @BeforeAll
    static void migrate() throws SQLException {
        MigratedDatabase database = MigratedDatabase.postgres(
                "rate_limits_" + ProcessHandle.current().pid());
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
        return "PostgreSQL";
    }

    @Override
    public DataSource unreachable() {
        // nothing listens on this port (helper C's range); the driver gives up at once
        return new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:19399/masthead?connectTimeout=2", "postgres", "postgres");
    }
}
