package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Queries on SQLite are prepared once per connection and give the same answers as freshly prepared ones. */
class SqliteStatementCacheIntegrationTests {

    private HikariDataSource pool;
    private DataSource cached;

    @BeforeEach
    void openPool() throws Exception {
        pool = new HikariDataSource();
        pool.setJdbcUrl(
                "jdbc:sqlite:" + Files.createTempDirectory("statement-cache").resolve("t.db"));
        pool.setMaximumPoolSize(1);
        cached = (DataSource) new SqliteStatementCaching().postProcessAfterInitialization(pool, "dataSource");
        JdbcClient jdbc = JdbcClient.create(cached);
        jdbc.sql("create table word (id integer primary key, text varchar(20))").update();
        for (String text : List.of("甲", "乙", "丙")) {
            jdbc.sql("insert into word (text) values (:text)")
                    .param("text", text)
                    .update();
        }
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void aQueryIsPreparedOnceAndAnswersForEachSetOfParameters() throws SQLException {
        JdbcClient jdbc = JdbcClient.create(cached);
        String query = "select text from word where id = :id";

        assertThat(jdbc.sql(query).param("id", 1).query(String.class).single()).isEqualTo("甲");
        assertThat(jdbc.sql(query).param("id", 3).query(String.class).single()).isEqualTo("丙");
        assertThat(jdbc.sql(query).param("id", 9).query(String.class).optional())
                .isEmpty();

        assertThat(physical("select text from word where id = ?"))
                .isSameAs(physical("select text from word where id = ?"));
    }

    @Test
    void aQueryRunInsideTheReadingOfItsOwnResultsGetsAStatementOfItsOwn() throws SQLException {
        String query = "select text from word where id >= ? order by id";
        try (Connection connection = cached.getConnection();
                PreparedStatement outer = connection.prepareStatement(query)) {
            outer.setLong(1, 1);
            try (ResultSet rows = outer.executeQuery()) {
                StringBuilder seen = new StringBuilder();
                while (rows.next()) {
                    seen.append(rows.getString(1));
                    try (PreparedStatement inner = connection.prepareStatement(query)) {
                        assertThat(inner.unwrap(PreparedStatement.class))
                                .isNotSameAs(outer.unwrap(PreparedStatement.class));
                        inner.setLong(1, 3);
                        try (ResultSet last = inner.executeQuery()) {
                            assertThat(last.next()).isTrue();
                            assertThat(last.getString(1)).isEqualTo("丙");
                        }
                    }
                }
                assertThat(seen).hasToString("甲乙丙");
            }
        }
    }

    @Test
    void writesAreNotKept() throws SQLException {
        String insert = "insert into word (text) values (?)";
        assertThat(physical(insert)).isNotSameAs(physical(insert));
    }

    @Test
    void onlySqliteIsCached() {
        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/none");
        assertThat(new SqliteStatementCaching().postProcessAfterInitialization(postgres, "dataSource"))
                .isSameAs(postgres);
    }

    /** The driver's statement behind what preparing {@code sql} hands out (the pool has one connection). */
    private PreparedStatement physical(String sql) throws SQLException {
        try (Connection connection = cached.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.unwrap(PreparedStatement.class);
        }
    }
}
