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
 * Token buckets (bucket4j, refilled greedily, on the application clock) per client address, per article and for
 * reports, kept in bounded Caffeine maps: memory stays flat under a flood of new addresses, at the price of
 * forgetting the least recently seen ones. Local to this instance: behind a load balancer each instance counts
 * for itself. Thread-safe.
 */
@Component
class CommentRateLimits {

    private final CommentProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> byAddress;
    private final Cache<Long, Bucket> byArticle;
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
        Duration longest = properties.perAddressPeriod().compareTo(properties.perArticlePeriod()) > 0
                ? properties.perAddressPeriod()
                : properties.perArticlePeriod();
        this.byAddress = cache(properties.trackedClients(), longest);
        this.byArticle = cache(properties.trackedClients(), longest);
        this.reports = cache(properties.trackedClients(), longest);
    }

    /** Takes one post from the client's allowance. */
    void post(Client client) {
        take(byAddress.get(
                client.limitKey(), k -> bucket(properties.perAddressLimit(), properties.perAddressPeriod())));
    }

    /** Takes one comment from the article's allowance. */
    void article(long articleId) {
        take(byArticle.get(articleId, k -> bucket(properties.perArticleLimit(), properties.perArticlePeriod())));
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
