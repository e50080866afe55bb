package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Change signals on one PostgreSQL database (the tests' embedded server): besides the contract, pushed with
 * {@code LISTEN/NOTIFY} (nothing polls here but the listener's wake-ups), surviving a lost listening connection,
 * and correct when transactions commit in another order than they took their ids.
 */
class ChangeSignalsPostgresIntegrationTests implements ChangeSignalsContract {

    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(200);
    private static SignalDatabase database;

    @BeforeAll
    static void open() throws Exception {
        database = SignalDatabase.postgres(
                "change_signals_" + ProcessHandle.current().pid());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    public SignalDatabase database() {
        return database;
    }

    @Test
    void aCommittedSignalIsPushedWithoutWaitingForAPoll() {
        String topic = "push-" + TOPICS.incrementAndGet();
        JdbcChangeSignals sender = database.instance(RECONNECT_PAUSE);
        JdbcChangeSignals receiver = database.instance(RECONNECT_PAUSE);
        List<String> heard = ChangeSignalsContract.hear(receiver, topic);
        awaitListening(2);

        database.transactions().executeWithoutResult(status -> sender.send(topic, "pushed"));

        await().atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(heard).containsExactly("pushed"));
    }

    @Test
    void pushesResumeAfterTheListeningConnectionIsLost() {
        String topic = "reconnect-" + TOPICS.incrementAndGet();
        JdbcChangeSignals sender = database.instance(RECONNECT_PAUSE);
        JdbcChangeSignals receiver = database.instance(RECONNECT_PAUSE);
        List<String> heard = ChangeSignalsContract.hear(receiver, topic);
        awaitListening(2);

        database.jdbc()
                .sql("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where application_name = :name and datname = current_database()")
                .param("name", PostgresNotifyListener.APPLICATION_NAME)
                .query(Boolean.class)
                .list();
        awaitListening(2);
        database.transactions().executeWithoutResult(status -> sender.send(topic, "after the loss"));

        await().atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(heard).containsExactly("after the loss"));
    }

    @Test
    void aTransactionThatCommitsAfterALaterOneIsStillDeliveredOnce() throws Exception {
        String topic = "gap-" + TOPICS.incrementAndGet();
        JdbcChangeSignals early = database.instance(Duration.ofMinutes(1));
        JdbcChangeSignals late = database.instance(Duration.ofMinutes(1));
        JdbcChangeSignals receiver = database.instance(Duration.ofMinutes(1));
        List<String> heard = ChangeSignalsContract.hear(receiver, topic);
        CountDownLatch earlySent = new CountDownLatch(1);
        CountDownLatch lateCommitted = new CountDownLatch(1);

        CompletableFuture<Void> earlyTransaction =
                CompletableFuture.runAsync(() -> database.transactions().executeWithoutResult(status -> {
                    early.send(topic, "took the lower id, commits last");
                    earlySent.countDown();
                    awaitQuietly(lateCommitted);
                }));
        assertThat(earlySent.await(10, TimeUnit.SECONDS)).isTrue();
        database.transactions().executeWithoutResult(status -> late.send(topic, "took the higher id, commits first"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            receiver.poll();
            assertThat(heard).containsExactly("took the higher id, commits first");
        });

        lateCommitted.countDown();
        earlyTransaction.get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            receiver.poll();
            assertThat(heard).containsExactly("took the higher id, commits first", "took the lower id, commits last");
        });
    }

    /** Until at least {@code count} instances of this database wait with LISTEN. */
    private static void awaitListening(int count) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> database.jdbc()
                                .sql("select count(*) from pg_stat_activity where application_name = :name"
                                        + " and datname = current_database() and state = 'idle'")
                                .param("name", PostgresNotifyListener.APPLICATION_NAME)
                                .query(Long.class)
                                .single()
                        >= count);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
