package com.masthead.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.masthead.shared.ChangeSignals;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The store behind the page cache: pages by key, bounded by total bytes, with an index from content tags to the
 * pages that showed that content. Every invalidation bumps a sequence number; a render that started before an
 * invalidation is not stored (it may show the old content). Invalidations are shared with the other instances on
 * the same database through {@link ChangeSignals} (topic {@value #TOPIC}), written with the change that causes
 * them, unless they are marked as local. Every invalidation also drops the shared blocks with those tags
 * ({@link PageFragments}), first, so a page rendered after it builds them anew. Thread-safe.
 */
@Component
class PageCache {

    /** The change-signal topic of page invalidations; the detail is the space-separated tags. */
    static final String TOPIC = "pages";
    /** The tag that stands for every page. */
    static final String EVERYTHING = "*";

    private final Cache<String, CachedPage> pages;
    private final ConcurrentHashMap<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ChangeSignals shared;
    private final PageFragments fragments;

    PageCache(PageCacheProperties properties, MeterRegistry meters, ChangeSignals shared, PageFragments fragments) {
        this.shared = shared;
        this.fragments = fragments;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .expireAfterWrite(properties.maxAgeInMemory())
                .weigher((String key, CachedPage page) -> page.weight())
                .executor(Runnable::run)
                .removalListener((String key, CachedPage page, RemovalCause cause) -> {
                    // Only pages pushed out for space leave the index; explicit invalidations already cleaned it,
                    // and a replaced page's tags may be the new page's too. A leftover index entry is harmless
                    // (invalidating an absent key does nothing); a missing one would leave a stale page.
                    if (cause.wasEvicted()) {
                        unindex(key, page);
                    }
                })
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, pages, "pages");
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    long sequence() {
        return sequence.get();
    }

    /** Stores a page unless something was invalidated since {@code renderStartedAt} (a {@link #sequence()}). */
    boolean store(String key, CachedPage page, long renderStartedAt) {
        if (sequence.get() != renderStartedAt) {
            return false;
        }
        for (String tag : page.tags()) {
            keysByTag.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key);
        }
        pages.put(key, page);
        if (sequence.get() != renderStartedAt) {
            pages.invalidate(key);
            return false;
        }
        return true;
    }

    /**
     * Drops every page that carries any of the tags, on every instance: signals the other instances with the
     * current transaction (they drop theirs when it commits, and nothing happens when it rolls back) and drops them
     * here after it commits, then hands the keys dropped here to {@code dropped}; without a transaction all at once.
     * Call inside the changing transaction (a {@code BEFORE_COMMIT} listener): a page must not be dropped before the
     * change is visible, or it may be rendered and cached again from the old data.
     */
    void invalidate(Collection<String> tags, Consumer<Set<String>> dropped) {
        if (!tags.isEmpty()) {
            shared.send(TOPIC, String.join(" ", tags));
        }
        afterCommit(() -> dropped.accept(invalidateHere(tags)));
    }

    /** Like {@link #invalidate} for every page (site settings or navigation changed). */
    void invalidateAll(Consumer<Set<String>> dropped) {
        shared.send(TOPIC, EVERYTHING);
        afterCommit(() -> dropped.accept(invalidateAllHere()));
    }

    /**
     * Runs {@code eviction} after the current transaction commits, after the in-memory snapshots the same
     * transaction changed were reloaded (their synchronizations come first), so that a page rendered after the
     * eviction shows them; at once without a transaction.
     */
    private static void afterCommit(Runnable eviction) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            eviction.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }

            @Override
            public void afterCommit() {
                eviction.run();
            }
        });
    }

    /**
     * Drops the tagged pages of this instance only: for changes of instance-local state (the most-read rankings)
     * and for applying other instances' invalidations.
     */
    Set<String> invalidateHere(Collection<String> tags) {
        fragments.invalidate(tags);
        sequence.incrementAndGet();
        Set<String> keys = new LinkedHashSet<>();
        for (String tag : tags) {
            Set<String> tagged = keysByTag.remove(tag);
            if (tagged != null) {
                keys.addAll(tagged);
            }
        }
        pages.invalidateAll(keys);
        return keys;
    }

    /** Drops every page of this instance; returns the keys that were cached. */
    Set<String> invalidateAllHere() {
        fragments.invalidateAll();
        sequence.incrementAndGet();
        Set<String> keys = new LinkedHashSet<>(pages.asMap().keySet());
        pages.invalidateAll();
        keysByTag.clear();
        return keys;
    }

    long size() {
        return pages.estimatedSize();
    }

    private void unindex(String key, CachedPage page) {
        if (page == null || pages.asMap().containsKey(key)) {
            return;
        }
        for (String tag : page.tags()) {
            keysByTag.computeIfPresent(tag, (t, keys) -> {
                keys.remove(key);
                return keys.isEmpty() ? null : keys;
            });
        }
    }
}
