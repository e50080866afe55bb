package com.masthead.ratelimit;

import com.masthead.shared.BoundedKey;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Token buckets shared by every instance: one row per allowance and subject in {@code rate_limit_bucket}, taken
 * from under a row lock (PostgreSQL) or SQLite's write lock, so N instances together allow exactly an allowance's
 * capacity, and a restart forgets nothing. Time comes from the application clock.
 *
 * <p>When the database cannot be reached, a take is <em>allowed</em> (fail open: reader forms keep working, the
 * other checks behind them — moderation, bans, the pending cap — still apply) and a warning is logged at most
 * once a minute. Subjects are bounded ({@link BoundedKey}), so keys stay small whatever a client sends.
 * Thread-safe.
 */
public class RateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);
    private static final long WARN_EVERY_MILLIS = 60_000;

    private final BucketStore store;
    private final RateLimitProperties properties;
    private final Clock clock;
    private final Map<Allowance, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE / 2);

    RateLimits(BucketStore store, RateLimitProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Rate limits on {@code dataSource} outside Spring (tests, tools); opens one connection to see which database. */
    public static RateLimits on(DataSource dataSource, Clock clock) {
        return new RateLimits(BucketStore.on(dataSource, clock), new RateLimitProperties(null, null), clock);
    }

    /**
     * Takes one unit of {@code subject}'s budget under {@code allowance}: empty when allowed (also when the store
     * cannot be reached), else how long until the next unit is there (at least a second).
     */
    public Optional<Duration> tryTake(Allowance allowance, String subject) {
        ConsumptionProbe probe;
        try {
            probe = store.buckets()
                    .builder()
                    .build(key(allowance, subject), () -> configurations.computeIfAbsent(allowance, RateLimits::bucket))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            warn(allowance, e);
            return Optional.empty();
        }
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** Deletes the rows of buckets that have been full again for a while, on every instance (idempotent). */
    @Scheduled(
            fixedDelayString =
                    "#{@'masthead.rate-limits-com.masthead.ratelimit.RateLimitProperties'.cleanupInterval()}",
            initialDelayString =
                    "#{@'masthead.rate-limits-com.masthead.ratelimit.RateLimitProperties'.cleanupInterval()}")
    void cleanUp() {
        int removed = removeExpired();
        LOG.debug("deleted {} rate-limit buckets that were full again", removed);
    }

    /** Deletes the rows of buckets that have been full again for a while (a missing bucket is a full one). */
    int removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = store.expired().removeExpired(properties.cleanupBatch());
            removed += batch;
        } while (batch == properties.cleanupBatch());
        return removed;
    }

    static String key(Allowance allowance, String subject) {
        return allowance.name() + ":" + BoundedKey.of(subject);
    }

    private static BucketConfiguration bucket(Allowance allowance) {
        return BucketConfiguration.builder()
                .addLimit(limit ->
                        limit.capacity(allowance.capacity()).refillGreedy(allowance.capacity(), allowance.period()))
                .build();
    }

    private void warn(Allowance allowance, RuntimeException e) {
        long now = clock.millis();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            LOG.warn("rate-limit store unreachable, allowing {} (fail open): {}", allowance.name(), e.toString());
        }
    }
}
