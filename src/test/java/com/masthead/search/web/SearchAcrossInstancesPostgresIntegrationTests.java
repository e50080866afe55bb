package com.masthead.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Instances on one PostgreSQL database of their own (on the tests' embedded server). */
class SearchAcrossInstancesPostgresIntegrationTests implements SearchAcrossInstancesContract {

    private static final SearchInstances INSTANCES = new SearchInstances();
    private static Map<String, Object> database;
    private static SearchInstances.Instance first;
    private static SearchInstances.Instance second;
    private static SearchInstances.Instance behind;

    @BeforeAll
    static void start() throws SQLException {
        database = SearchInstances.newPostgresDatabase(
                "search_instances_" + ProcessHandle.current().pid());
        first = INSTANCES.start(database, "first");
        second = INSTANCES.start(database, "second");
        behind = INSTANCES.start(database, "behind", Duration.ofHours(-3), null);
    }

    @AfterAll
    static void stop() {
        INSTANCES.close();
    }

    /**
     * A transaction takes its change number, then another one commits a larger number first: the reader has moved
     * past the smaller number by the time it commits, and must still apply it.
     */
    @Test
    void aChangeWhoseTransactionCommitsAfterALaterOneIsNotSkipped() throws SQLException {
        long heldArticle = SearchAcrossInstancesContract.publish(
                        first, "先开后交 " + SearchAcrossInstancesContract.marker())
                .get("id")
                .asLong();
        String held = SearchAcrossInstancesContract.marker();
        try (Connection connection =
                DriverManager.getConnection((String) database.get("spring.datasource.url"), "postgres", "postgres")) {
            connection.setAutoCommit(false);
            long heldChange = changeInOpenTransaction(connection, heldArticle, "先开后交 " + held);

            String later = SearchAcrossInstancesContract.marker();
            long laterArticle = SearchAcrossInstancesContract.publish(first, "后开先交 " + later)
                    .get("id")
                    .asLong();
            assertThat(laterChangeOf(laterArticle)).isGreaterThan(heldChange);
            await().atMost(POLL_BOUND)
                    .untilAsserted(() -> assertThat(SearchAcrossInstancesContract.titlesFound(second, later))
                            .hasSize(1));
            assertThat(SearchAcrossInstancesContract.titlesFound(second, held)).isEmpty();

            connection.commit();
        }

        await().atMost(POLL_BOUND)
                .untilAsserted(() -> assertThat(SearchAcrossInstancesContract.titlesFound(second, held))
                        .containsExactly("先开后交 " + held));
    }

    /** What another instance's article save does, in a transaction left open: returns its change number. */
    private static long changeInOpenTransaction(Connection connection, long articleId, String title)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update article set title = ?, version = version + 1 where id = ?")) {
            update.setString(1, title);
            update.setLong(2, articleId);
            update.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into article_change (article_id, changed_at) values (?, ?) returning id")) {
            insert.setLong(1, articleId);
            insert.setLong(2, System.currentTimeMillis());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long laterChangeOf(long articleId) {
        return first.database()
                .sql("select max(id) from article_change where article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .single();
    }

    @Override
    public SearchInstances.Instance first() {
        return first;
    }

    @Override
    public SearchInstances.Instance second() {
        return second;
    }

    @Override
    public SearchInstances.Instance behind() {
        return behind;
    }

    @Override
    public SearchInstances.Instance startGated(CountDownLatch gate) {
        return INSTANCES.start(database, "gated", Duration.ZERO, gate);
    }
}
