package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On SQLite a transaction that cannot begin (another connection holds the write lock past the busy timeout) must
 * not leave its pooled connection behind half-open: sqlite-jdbc records "not auto-commit" before its {@code BEGIN
 * IMMEDIATE} fails, so every later transaction on that connection would skip its BEGIN and fail at commit ("no
 * transaction is active"). {@link SqliteBusyEviction} has the pool discard it.
 */
class SqliteBusyEvictionIntegrationTests {

    @Test
    void aTransactionThatCouldNotBeginLeavesNoBrokenConnectionInThePool() throws Exception {
        String url = "jdbc:sqlite:" + Files.createTempDirectory("masthead-busy").resolve("busy.db")
                + "?journal_mode=WAL&busy_timeout=200&transaction_mode=IMMEDIATE";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(1);
        config.setExceptionOverrideClassName(SqliteBusyEviction.class.getName());
        try (HikariDataSource pool = new HikariDataSource(config);
                Connection other = DriverManager.getConnection(url);
                Statement lock = other.createStatement()) {
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("create table note (text varchar(20))").update();
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));

            lock.execute("begin immediate");
            assertThatThrownBy(() -> transactions.executeWithoutResult(
                            status -> jdbc.sql("insert into note (text) values ('refused')")
                                    .update()))
                    .isInstanceOf(CannotCreateTransactionException.class);
            lock.execute("commit");

            transactions.executeWithoutResult(status ->
                    jdbc.sql("insert into note (text) values ('saved')").update());
            assertThat(jdbc.sql("select text from note").query(String.class).list())
                    .containsExactly("saved");
        }
    }
}
