package com.masthead.system;

import com.masthead.shared.ChangeSignals;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@link ChangeSignals} through the table {@code change_signal}, shared by every instance on one database. Each
 * instance appends its signals (tagged with its own origin) from a background thread, in order, each in its own
 * short transaction: senders call in while the change's connection is still being released (on SQLite that
 * connection holds the write lock until then), and the request never waits. Every {@code
 * masthead.change-signals.poll-interval} it reads the rows of the others by id ({@link SignalCursor}) and hands
 * them to the listeners of their topic. Thread-safe.
 */
@Component
class JdbcChangeSignals implements ChangeSignals, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JdbcChangeSignals.class);
    private static final int WRITE_ATTEMPTS = 5;
    private static final int BATCH = 500;
    private static final long PRUNE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChangeSignalProperties properties;
    private final String origin;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "change-signal-writer");
        thread.setDaemon(true);
        return thread;
    });
    private SignalCursor cursor;
    private long lastPrune = System.nanoTime();
    private boolean failing;

    JdbcChangeSignals(JdbcClient jdbc, Clock clock, ChangeSignalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        // host and pid for whoever reads the table, a random part so that a restarted instance never takes its
        // predecessor's rows for its own
        this.origin = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void send(String topic, String detail) {
        long at = clock.millis();
        try {
            writer.execute(() -> write(at, topic, detail));
        } catch (RejectedExecutionException shuttingDown) {
            write(at, topic, detail);
        }
    }

    @Override
    public void onRemote(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Starts reading after the newest row, before the web server accepts requests: what changed before is already
     * in the database this instance loads its snapshots from, and its page cache is empty.
     */
    @Override
    public synchronized void afterSingletonsInstantiated() {
        cursor = new SignalCursor(newestId());
    }

    @Scheduled(
            fixedDelayString =
                    "#{@'masthead.change-signals-com.masthead.system.ChangeSignalProperties'.pollInterval()}",
            initialDelayString =
                    "#{@'masthead.change-signals-com.masthead.system.ChangeSignalProperties'.pollInterval()}")
    synchronized void poll() {
        try {
            long now = System.nanoTime();
            if (cursor == null) {
                cursor = new SignalCursor(newestId());
            } else {
                read(now);
            }
            if (now - lastPrune > PRUNE_EVERY_NANOS) {
                lastPrune = now;
                prune(clock.millis() - properties.retention().toMillis());
            }
            if (failing) {
                log.info("reading change signals works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("cannot read the change signals of other instances; will retry", e);
                failing = true;
            }
        }
    }

    private void read(long now) {
        for (Signal signal : after(cursor.mark())) {
            if (cursor.firstSight(signal.id()) && !signal.origin().equals(origin)) {
                deliver(signal);
            }
        }
        cursor.advance(now);
    }

    private void deliver(Signal signal) {
        for (Consumer<String> listener : listeners.getOrDefault(signal.topic(), List.of())) {
            try {
                listener.accept(signal.detail());
            } catch (RuntimeException e) {
                log.warn("could not apply another instance's change of {}", signal.topic(), e);
            }
        }
    }

    private void write(long at, String topic, String detail) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql("insert into change_signal (created_at, origin, topic, detail)"
                                + " values (:at, :origin, :topic, :detail)")
                        .param("at", at)
                        .param("origin", origin)
                        .param("topic", topic)
                        .param("detail", detail)
                        .update();
                return;
            } catch (RuntimeException e) {
                // On SQLite a change's connection keeps the write lock while its after-commit listeners run (a
                // large batch, such as the demo seeding, can outlast the busy timeout): try again.
                if (attempt == WRITE_ATTEMPTS) {
                    log.warn("could not signal the change of {} to other instances", topic, e);
                    return;
                }
            }
        }
    }

    private long newestId() {
        return jdbc.sql("select coalesce(max(id), 0) from change_signal")
                .query(Long.class)
                .single();
    }

    private List<Signal> after(long afterId) {
        return jdbc.sql(
                        "select id, origin, topic, detail from change_signal where id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", BATCH)
                .query((rs, n) -> new Signal(
                        rs.getLong("id"), rs.getString("origin"), rs.getString("topic"), rs.getString("detail")))
                .list();
    }

    private void prune(long beforeMillis) {
        jdbc.sql("delete from change_signal where created_at < :before")
                .param("before", beforeMillis)
                .update();
    }

    /** Writes what is still queued (for at most five seconds) before the data source closes. */
    @PreDestroy
    void flush() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    private record Signal(long id, String origin, String topic, String detail) {}
}
