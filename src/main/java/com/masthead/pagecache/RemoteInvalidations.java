package com.masthead.pagecache;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the invalidations other instances shared ({@link InvalidationLog}) to this instance's page cache, polling
 * every {@code masthead.cache.invalidation-poll-interval} (1 s). Reads by id: every id up to {@code mark} has been
 * applied (or was never used), ids above it that were seen are remembered. An id missing below a seen one is a gap
 * (a transaction that took the id earlier but commits later, or an id never used): it is read again on every poll
 * until it appears or {@link #GAP_GRACE_NANOS} passes. Each remote invalidation is applied again after {@code
 * remote-reapply-after}, when this instance's in-memory snapshots have caught up with the change. Not for
 * concurrent use except through the scheduler (methods are synchronized).
 */
@Component
class RemoteInvalidations implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RemoteInvalidations.class);
    private static final int BATCH = 500;
    private static final long GAP_GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int MAX_GAP_RANGE = 10_000;
    private static final int MAX_PENDING_REAPPLY = 10_000;
    private static final long PRUNE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final PageCache cache;
    private final InvalidationLog shared;
    private final PageCacheProperties properties;
    private final Clock clock;
    private long mark = -1;
    private final TreeSet<Long> seenAboveMark = new TreeSet<>();
    private final Map<Long, Long> gapSince = new HashMap<>();
    private final ArrayDeque<Reapply> reapply = new ArrayDeque<>();
    private long lastPrune = System.nanoTime();
    private boolean failing;

    RemoteInvalidations(PageCache cache, InvalidationLog shared, PageCacheProperties properties, Clock clock) {
        this.cache = cache;
        this.shared = shared;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts reading after the newest row, before the web server accepts requests: a starting instance's cache is
     * empty, so what was invalidated before does not concern it, and nothing it caches can miss a later row.
     */
    @Override
    public synchronized void afterSingletonsInstantiated() {
        mark = shared.newestId();
    }

    @Scheduled(
            fixedDelayString =
                    "#{@'masthead.cache-com.masthead.pagecache.PageCacheProperties'.invalidationPollInterval()}",
            initialDelayString =
                    "#{@'masthead.cache-com.masthead.pagecache.PageCacheProperties'.invalidationPollInterval()}")
    synchronized void poll() {
        try {
            long now = System.nanoTime();
            if (mark < 0) {
                mark = shared.newestId();
            } else {
                read(now);
            }
            reapplyDue(now);
            if (now - lastPrune > PRUNE_EVERY_NANOS) {
                lastPrune = now;
                shared.prune(
                        clock.millis() - properties.invalidationLogRetention().toMillis());
            }
            if (failing) {
                log.info("reading shared page invalidations works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("cannot read shared page invalidations; will retry", e);
                failing = true;
            }
        }
    }

    private void read(long now) {
        List<InvalidationLog.Entry> entries = shared.after(mark, BATCH);
        for (InvalidationLog.Entry entry : entries) {
            if (!seenAboveMark.add(entry.id())) {
                continue;
            }
            gapSince.remove(entry.id());
            if (!entry.origin().equals(shared.origin())) {
                apply(entry.everything(), entry.tagList());
                schedule(new Reapply(now + properties.remoteReapplyAfter().toNanos(), entry));
            }
        }
        advance(now);
    }

    /** Moves the mark over every id seen, and over gaps older than the grace period. */
    private void advance(long now) {
        if (!seenAboveMark.isEmpty() && seenAboveMark.last() - mark > MAX_GAP_RANGE) {
            // ids jumped (a sequence restarted higher): nothing sensible to wait for
            mark = seenAboveMark.first() - 1;
            gapSince.clear();
        }
        if (!seenAboveMark.isEmpty()) {
            for (long id = mark + 1; id < seenAboveMark.last(); id++) {
                if (!seenAboveMark.contains(id)) {
                    gapSince.putIfAbsent(id, now);
                }
            }
        }
        while (!seenAboveMark.isEmpty()) {
            long next = mark + 1;
            if (seenAboveMark.remove(next)) {
                mark = next;
                continue;
            }
            Long since = gapSince.get(next);
            if (since != null && now - since > GAP_GRACE_NANOS) {
                gapSince.remove(next);
                mark = next;
                continue;
            }
            break;
        }
    }

    private void apply(boolean everything, List<String> tags) {
        if (everything) {
            cache.invalidateAllHere();
        } else {
            cache.invalidateHere(tags);
        }
        log.debug("applied another instance's invalidation of {}", tags);
    }

    private void schedule(Reapply next) {
        if (reapply.size() >= MAX_PENDING_REAPPLY) {
            // a flood of changes: one eviction of everything at the end does the same job
            reapply.clear();
            next = new Reapply(next.dueNanos(), new InvalidationLog.Entry(0, "", InvalidationLog.EVERYTHING));
        }
        reapply.addLast(next);
    }

    private void reapplyDue(long now) {
        while (!reapply.isEmpty() && now - reapply.peekFirst().dueNanos() >= 0) {
            InvalidationLog.Entry entry = reapply.pollFirst().entry();
            apply(entry.everything(), entry.tagList());
        }
    }

    private record Reapply(long dueNanos, InvalidationLog.Entry entry) {}
}
