package com.masthead.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Token buckets (bucket4j, refilled greedily, on the application clock) per client address (an IPv6 /64), for
 * posts and for reports, kept in bounded Caffeine maps: memory stays flat under a flood of new addresses, at the price of
 * forgetting the least recently seen ones. Local to this instance: behind a load balancer each instance counts
 * for itself. There is deliberately no budget per article: a dozen addresses could use it up and close an
 * article's comments for everybody; per-address limits and moderation bound the flood instead. Thread-safe.
 */
@Component
class CommentRateLimits {

    private final CommentProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> byAddress;
    private final Cache<String, Bucket> reports;

    CommentRateLimits(CommentProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.byAddress = cache(properties.trackedClients(), properties.perAddressPeriod());
        this.reports = cache(properties.trackedClients(), properties.perAddressPeriod());
    }

    /** Takes one post from the client's allowance. */
    void post(Client client) {
        take(byAddress.get(
                client.limitKey(), k -> bucket(properties.perAddressLimit(), properties.perAddressPeriod())));
    }

    /** Takes one report from the client's allowance. */
    void report(Client client) {
        take(reports.get(client.limitKey(), k -> bucket(properties.reportLimit(), properties.perAddressPeriod())));
    }

    private static void take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new CommentRefusedException(
                    CommentRefusedException.Refusal.RATE_LIMITED, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket bucket(int limit, Duration period) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, period))
                .withCustomTimePrecision(time)
                .build();
    }

    private static <K> Cache<K, Bucket> cache(int size, Duration idle) {
        // A bucket idle for a whole period is full again: forgetting it then changes nothing.
        return Caffeine.newBuilder().maximumSize(size).expireAfterAccess(idle).build();
    }
}
