package com.masthead.ticket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Per-address budgets for the public ticket forms (token buckets): each client (keyed by {@code
 * system.ClientAddress#keyOf}: an address, or an IPv6 /64) may submit each form
 * {@code submissionsPerWindow} times and look tickets up {@code lookupsPerWindow} times per {@code window}, the
 * budget refilling gradually. Buckets live in memory, at most {@value #MAX_ADDRESSES} addresses, and are
 * forgotten after a window without use; each instance counts for itself. Time comes from the application clock.
 * Thread-safe.
 */
@Component
public class SubmissionThrottle {

    static final int MAX_ADDRESSES = 100_000;

    /** What a budget is for. */
    public enum Action {
        CORRECTION,
        REPRINT,
        LOOKUP
    }

    private final TicketProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    SubmissionThrottle(TicketProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfterAccess(properties.window())
                .build();
    }

    /**
     * Takes one unit of the client's budget: empty when allowed, else how long until the next unit. {@code address}
     * is the client key ({@code ClientAddress#keyOf}), so all addresses of one IPv6 /64 share one budget.
     */
    public Optional<Duration> tryAcquire(Action action, String address) {
        Bucket bucket = buckets.get(action + "|" + address, key -> newBucket(action));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private Bucket newBucket(Action action) {
        int budget = action == Action.LOOKUP ? properties.lookupsPerWindow() : properties.submissionsPerWindow();
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(budget).refillGreedy(budget, properties.window()))
                .withCustomTimePrecision(time)
                .build();
    }
}
