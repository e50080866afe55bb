package com.masthead.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Blocks that many pages share (latest news, picture news, the home page's channel blocks, a channel's article
 * count), held in memory as the data a template shows and dropped by the same tags and at the same moments as
 * pages: the tags a block records while it is built ({@link PageTags#add}) are its tags, every invalidation of
 * the page cache (local, after commit, or another instance's change signal) drops the blocks carrying any of its
 * tags, and "everything" drops them all. A build that started before an invalidation is not kept. A page that
 * takes a block from here records the block's tags as if it had built it, so the page is evicted with it.
 * Held whether or not whole pages are cached ({@code masthead.cache.enabled}); off with
 * {@code masthead.cache.fragments.enabled=false}. Values must be immutable. Thread-safe.
 */
@Component
public class PageFragments {

    private final boolean enabled;
    private final Cache<String, Fragment> fragments;
    private final ConcurrentHashMap<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    PageFragments(FragmentProperties properties, PageCacheProperties pages) {
        this.enabled = properties.enabled();
        this.fragments = Caffeine.newBuilder()
                .maximumSize(properties.maxEntries())
                // the same safety net as pages: bounds what a lost change signal can leave behind
                .expireAfterWrite(pages.maxAgeInMemory())
                .executor(Runnable::run)
                .build();
    }

    /**
     * The block stored under {@code key}, or what {@code build} returns (kept for the next page unless something
     * was invalidated meanwhile). Either way the block's tags are recorded for the page being rendered. The key
     * must name everything the block depends on besides its tags (its size, the channel).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> build) {
        if (!enabled) {
            return build.get();
        }
        Fragment held = fragments.getIfPresent(key);
        if (held != null) {
            held.tags().forEach(PageTags::add);
            return (T) held.value();
        }
        long started = sequence.get();
        PageTags.Recorded<T> built = PageTags.record(build);
        store(key, new Fragment(built.value(), built.tags()), started);
        return built.value();
    }

    private void store(String key, Fragment fragment, long started) {
        if (sequence.get() != started) {
            return;
        }
        for (String tag : fragment.tags()) {
            keysByTag.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key);
        }
        fragments.put(key, fragment);
        if (sequence.get() != started) {
            fragments.invalidate(key);
        }
    }

    /** Drops the blocks carrying any of the tags (called by {@link PageCache} whenever it drops pages). */
    void invalidate(Collection<String> tags) {
        sequence.incrementAndGet();
        for (String tag : tags) {
            Set<String> keys = keysByTag.remove(tag);
            if (keys != null) {
                fragments.invalidateAll(keys);
            }
        }
    }

    void invalidateAll() {
        sequence.incrementAndGet();
        fragments.invalidateAll();
        keysByTag.clear();
    }

    long size() {
        return fragments.estimatedSize();
    }

    private record Fragment(Object value, Set<String> tags) {}
}
