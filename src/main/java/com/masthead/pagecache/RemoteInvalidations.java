package com.masthead.pagecache;

import com.masthead.shared.ChangeSignals;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the page invalidations other instances signalled ({@link ChangeSignals}, topic {@value PageCache#TOPIC})
 * to this instance's page cache. Each is applied again after {@code masthead.cache.remote-reapply-after}: a page
 * rendered in between from a snapshot that had not yet caught up with the change is not kept. Thread-safe.
 */
@Component
class RemoteInvalidations {

    private static final Logger log = LoggerFactory.getLogger(RemoteInvalidations.class);
    private static final int MAX_PENDING_REAPPLY = 10_000;

    private final PageCache cache;
    private final PageCacheProperties properties;
    private final ArrayDeque<Reapply> reapply = new ArrayDeque<>();

    RemoteInvalidations(PageCache cache, ChangeSignals signals, PageCacheProperties properties) {
        this.cache = cache;
        this.properties = properties;
        signals.onRemote(PageCache.TOPIC, this::received);
    }

    synchronized void received(String detail) {
        List<String> tags = List.of(detail.split(" "));
        apply(tags);
        schedule(new Reapply(System.nanoTime() + properties.remoteReapplyAfter().toNanos(), tags));
    }

    @Scheduled(
            fixedDelayString =
                    "#{@'masthead.change-signals-com.masthead.system.ChangeSignalProperties'.pollInterval()}",
            initialDelayString =
                    "#{@'masthead.change-signals-com.masthead.system.ChangeSignalProperties'.pollInterval()}")
    synchronized void reapplyDue() {
        long now = System.nanoTime();
        while (!reapply.isEmpty() && now - reapply.peekFirst().dueNanos() >= 0) {
            apply(reapply.pollFirst().tags());
        }
    }

    private void apply(List<String> tags) {
        if (tags.contains(PageCache.EVERYTHING)) {
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
            next = new Reapply(next.dueNanos(), List.of(PageCache.EVERYTHING));
        }
        reapply.addLast(next);
    }

    private record Reapply(long dueNanos, List<String> tags) {}
}
