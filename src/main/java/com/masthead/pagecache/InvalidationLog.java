package com.masthead.pagecache;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code page_invalidation}, shared by every instance on one database: each instance appends the tags it
 * evicted (tagged with its own {@link #origin()}), and reads what the others appended. Appends are written by a
 * background thread, in order, each in its own short transaction: the eviction listeners call in while the
 * change's connection is still being released (on SQLite that connection holds the write lock until then), and the
 * request never waits for the shared log. Thread-safe.
 */
@Component
class InvalidationLog {

    static final String EVERYTHING = "*";
    private static final int WRITE_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(InvalidationLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String origin;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "page-invalidation-log");
        thread.setDaemon(true);
        return thread;
    });

    InvalidationLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // host and pid for whoever reads the table, a random part so that a restarted instance never takes its
        // predecessor's rows for its own
        this.origin = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This instance's name in the {@code origin} column. */
    String origin() {
        return origin;
    }

    /**
     * Appends one row with the tags, soon (in the background). Never throws: a failed append is logged, and the
     * other instances then see the change when their copies expire ({@code masthead.cache.max-age-in-memory}).
     */
    void append(Collection<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        String joined = String.join(" ", tags);
        long at = clock.millis();
        try {
            writer.execute(() -> write(at, joined));
        } catch (RejectedExecutionException shuttingDown) {
            write(at, joined);
        }
    }

    private void write(long at, String tags) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql("insert into page_invalidation (created_at, origin, tags) values (:at, :origin, :tags)")
                        .param("at", at)
                        .param("origin", origin)
                        .param("tags", tags)
                        .update();
                return;
            } catch (RuntimeException e) {
                // On SQLite a change's connection keeps the write lock while its after-commit listeners run (a
                // large batch, such as the demo seeding, can outlast the busy timeout): try again.
                if (attempt == WRITE_ATTEMPTS) {
                    log.warn("could not share the invalidation of {} with other instances", tags, e);
                    return;
                }
            }
        }
    }

    /** The newest row's id, or 0: where a starting instance begins to read (its cache is empty anyway). */
    long newestId() {
        return jdbc.sql("select coalesce(max(id), 0) from page_invalidation")
                .query(Long.class)
                .single();
    }

    /** Rows with ids above {@code afterId}, oldest first, at most {@code limit}. */
    List<Entry> after(long afterId, int limit) {
        return jdbc.sql("select id, origin, tags from page_invalidation where id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("origin"), rs.getString("tags")))
                .list();
    }

    /** Deletes rows written before {@code beforeMillis}; returns how many. */
    int prune(long beforeMillis) {
        return jdbc.sql("delete from page_invalidation where created_at < :before")
                .param("before", beforeMillis)
                .update();
    }

    /** Writes what is still queued (for at most five seconds) before the data source closes. */
    @PreDestroy
    void flush() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** One appended row. */
    record Entry(long id, String origin, String tags) {

        List<String> tagList() {
            return List.of(tags.split(" "));
        }

        boolean everything() {
            return tagList().contains(EVERYTHING);
        }
    }
}
