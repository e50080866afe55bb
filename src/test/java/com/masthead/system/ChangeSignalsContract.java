package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Change signals as an outbox, on one real database with several instances: a signal is written by the changing
 * transaction itself, reaches every other instance once and in order when that transaction commits, and never when
 * it rolls back; an instance never hears its own.
 */
interface ChangeSignalsContract {

    AtomicInteger TOPICS = new AtomicInteger();

    SignalDatabase database();

    @Test
    default void aSignalIsWrittenByTheChangingTransactionItselfAndSeenByOthersOnlyAfterItsCommit() throws Exception {
        JdbcChangeSignals sender = database().instance(Duration.ofMinutes(1));
        String detail = "in-transaction-" + TOPICS.incrementAndGet();

        database().transactions().executeWithoutResult(status -> {
            sender.send("outbox", detail);
            long ownView = database()
                    .jdbc()
                    .sql("select count(*) from change_signal where detail = :d")
                    .param("d", detail)
                    .query(Long.class)
                    .single();
            assertThat(ownView)
                    .as("the transaction's own connection holds the row")
                    .isEqualTo(1);
            assertThat(committed(detail))
                    .as("nobody else sees it before the commit")
                    .isZero();
        });

        assertThat(committed(detail))
                .as("written when the change committed, not later")
                .isEqualTo(1);
    }

    @Test
    default void aSignalWhoseTransactionRollsBackIsNeverDelivered() throws Exception {
        String topic = "rollback-" + TOPICS.incrementAndGet();
        JdbcChangeSignals sender = database().instance(Duration.ofMinutes(1));
        JdbcChangeSignals receiver = database().instance(Duration.ofMinutes(1));
        List<String> heard = hear(receiver, topic);

        assertThatThrownBy(() -> database().transactions().executeWithoutResult(status -> {
                    sender.send(topic, "undone");
                    throw new IllegalStateException("a later step of the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        sender.send(topic, "after");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            receiver.poll();
            assertThat(heard).containsExactly("after");
        });
        assertThat(committed("undone")).isZero();
    }

    @Test
    default void everyOtherInstanceHearsEachSignalOnceInTheOrderItWasSent() {
        String topic = "order-" + TOPICS.incrementAndGet();
        JdbcChangeSignals sender = database().instance(Duration.ofMinutes(1));
        JdbcChangeSignals first = database().instance(Duration.ofMinutes(1));
        JdbcChangeSignals second = database().instance(Duration.ofMinutes(1));
        List<String> firstHeard = hear(first, topic);
        List<String> secondHeard = hear(second, topic);
        List<String> ownHeard = hear(sender, topic);

        database().transactions().executeWithoutResult(status -> {
            sender.send(topic, "1");
            sender.send(topic, "2");
        });
        sender.send(topic, "3");
        database().transactions().executeWithoutResult(status -> sender.send(topic, "4"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            first.poll();
            second.poll();
            sender.poll();
            assertThat(firstHeard).containsExactly("1", "2", "3", "4");
            assertThat(secondHeard).containsExactly("1", "2", "3", "4");
        });
        first.poll();
        assertThat(firstHeard).as("never twice").hasSize(4);
        assertThat(ownHeard).as("an instance never hears its own").isEmpty();
    }

    private long committed(String detail) {
        return database().committedRows(detail);
    }

    static List<String> hear(JdbcChangeSignals instance, String topic) {
        List<String> heard = new CopyOnWriteArrayList<>();
        instance.onRemote(topic, heard::add);
        return heard;
    }
}
