package com.masthead.popularity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Which client has viewed which article lately, so that a client counts once per article and {@code
 * masthead.popularity.view-window}: 2,000 beacons from one script are one view. Kept in memory, bounded by {@code
 * tracked-views} (about 100 bytes each), on the application clock; per instance. Thread-safe.
 */
@Component
class RecentViews {

    private final Cache<String, Boolean> seen;

    RecentViews(PopularityProperties properties, Clock clock) {
        this.seen = Caffeine.newBuilder()
                .maximumSize(properties.trackedViews())
                .expireAfterWrite(properties.viewWindow())
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** True the first time in the window that {@code clientKey} views the article; false for repeats. */
    boolean firstView(String clientKey, long articleId) {
        return seen.asMap().putIfAbsent(articleId + "|" + clientKey, Boolean.TRUE) == null;
    }
}
