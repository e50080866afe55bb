package com.masthead.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code masthead.rate-limits.*}: how often rows of buckets that have filled up again are deleted
 * ({@code cleanup-interval}, default 10 min), at most {@code cleanup-batch} (1000) per statement.
 */
@ConfigurationProperties("masthead.rate-limits")
record RateLimitProperties(Duration cleanupInterval, Integer cleanupBatch) {

    RateLimitProperties {
        cleanupInterval = cleanupInterval == null ? Duration.ofMinutes(10) : cleanupInterval;
        cleanupBatch = cleanupBatch == null ? 1000 : cleanupBatch;
    }
}
