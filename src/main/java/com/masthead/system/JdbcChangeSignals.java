package com.masthead.system;

import com.masthead.shared.ChangeSignals;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@link ChangeSignals} through the table {@code change_signal}, shared by every instance on one database: an
 * outbox. A signal is a row written by the changing transaction itself (tagged with the instance's origin), so it
 * becomes visible exactly when the change commits and disappears with a rollback; on PostgreSQL the same
 * transaction also sends a {@code NOTIFY}, which wakes the other instances ({@link PostgresNotifyListener}) when it
 * commits. Every instance reads the others' rows by id ({@link SignalCursor}) when woken and every {@code
 * masthead.change-signals.poll-interval} (the backstop, and the only mechanism on SQLite), and hands them to the
 * listeners of their topic in id order, on one thread at a time. Thread-safe.
 */
class JdbcChangeSignals implements ChangeSignals, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JdbcChangeSignals.class);
    private static final int BATCH = 500;
    private static final long PRUNE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChangeSignalProperties properties;
    private final SignalPush push;
    private final String origin;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private PostgresNotifyListener listener;
    private SignalCursor cursor;
    private long lastPrune = System.nanoTime();
    private boolean failing;

    JdbcChangeSignals(JdbcClient jdbc, Clock clock, ChangeSignalProperties properties, SignalPush push) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.push = push;
        // host and pid for whoever reads the table, a random part so that a restarted instance never takes its
        // predecessor's rows for its own
        this.origin = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Writes the row (and on PostgreSQL the notification) through the current transaction's connection. */
    @Override
    public void send(String topic, String detail) {
        jdbc.sql("insert into change_signal (created_at, origin, topic, detail) values (:at, :origin, :topic, :detail)")
                .param("at", clock.millis())
                .param("origin", origin)
                .param("topic", topic)
                .param("detail", detail)
                .update();
        if (push.available()) {
            // PostgreSQL delivers it when the transaction commits, once however often it was sent in it
            jdbc.sql("select pg_notify(:channel, :origin)")
                    .param("channel", SignalPush.CHANNEL)
                    .param("origin", origin)
                    .query((RowCallbackHandler) row -> {});
        }
    }

    @Override
    public void onRemote(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Starts reading after the newest row, before the web server accepts requests: what changed before is already
     * in the database this instance loads its snapshots from, and its page cache is empty. Then starts listening
     * for pushes, when the database has them and {@code masthead.change-signals.listen} is on.
     */
    @Override
    public synchronized void afterSingletonsInstantiated() {
        cursor = new SignalCursor(newestId());
        if (push.available() && properties.listen()) {
            listener =
                    new PostgresNotifyListener(push.listenConnections(), origin, this::poll, properties.pollInterval());
            listener.start();
        }
    }

    /** Reads and delivers what the other instances committed since the last poll. */
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
        List<Signal> signals = new ArrayList<>(lateOnes(cursor.gaps()));
        List<Signal> fresh;
        long after = cursor.newestSeen();
        do {
            fresh = after(after);
            signals.addAll(fresh);
            after = fresh.isEmpty() ? after : fresh.get(fresh.size() - 1).id();
        } while (fresh.size() == BATCH);
        signals.sort(Comparator.comparingLong(Signal::id));
        for (Signal signal : signals) {
            if (cursor.firstSight(signal.id()) && !signal.origin().equals(origin)) {
                deliver(signal);
            }
        }
        cursor.advance(now);
    }

    private void deliver(Signal signal) {
        for (Consumer<String> each : listeners.getOrDefault(signal.topic(), List.of())) {
            try {
                each.accept(signal.detail());
            } catch (RuntimeException e) {
                log.warn("could not apply another instance's change of {}", signal.topic(), e);
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
                .query(JdbcChangeSignals::signal)
                .list();
    }

    /** Rows that committed after rows with higher ids had been read (a gap is usually a rollback's lost id). */
    private List<Signal> lateOnes(List<Long> gaps) {
        List<Signal> late = new ArrayList<>();
        for (int from = 0; from < gaps.size(); from += BATCH) {
            late.addAll(jdbc.sql("select id, origin, topic, detail from change_signal where id in (:ids)")
                    .param("ids", gaps.subList(from, Math.min(gaps.size(), from + BATCH)))
                    .query(JdbcChangeSignals::signal)
                    .list());
        }
        return late;
    }

    private static Signal signal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Signal(rs.getLong("id"), rs.getString("origin"), rs.getString("topic"), rs.getString("detail"));
    }

    private void prune(long beforeMillis) {
        jdbc.sql("delete from change_signal where created_at < :before")
                .param("before", beforeMillis)
                .update();
    }

    /** Stops listening (the listening connection closes); polling stops with the scheduler. */
    @PreDestroy
    void stop() {
        PostgresNotifyListener running = listener;
        if (running != null) {
            running.stop();
        }
    }

    private record Signal(long id, String origin, String topic, String detail) {}
}
