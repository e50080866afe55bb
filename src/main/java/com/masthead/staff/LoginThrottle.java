package com.masthead.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed logins are counted per account and per client address in token buckets
 * (bucket4j); when either bucket is empty, further attempts are refused without checking the password until it
 * refills. Successful logins cost nothing. State is per instance and in memory (bounded), which is enough to turn
 * an online guessing attack from thousands of tries a minute into a handful.
 */
@Component
@EnableConfigurationProperties(LoginThrottle.Limits.class)
public class LoginThrottle {

    private final Limits limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2))
            .build();

    LoginThrottle(Limits limits) {
        this.limits = limits;
    }

    /** How long the caller must wait before trying again, or {@link Duration#ZERO} if a try is allowed now. */
    public Duration waitBeforeTry(String login, String address) {
        long nanos = Math.max(wait(accountKey(login)), wait(addressKey(address)));
        return Duration.ofNanos(nanos);
    }

    public void failed(String login, String address) {
        bucket(accountKey(login)).tryConsume(1);
        bucket(addressKey(address)).tryConsume(1);
    }

    private long wait(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return 0;
        }
        EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> {
            int capacity = k.startsWith("account:") ? limits.maxFailuresPerAccount() : limits.maxFailuresPerAddress();
            return Bucket.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(capacity)
                            .refillGreedy(capacity, limits.window())
                            .build())
                    .build();
        });
    }

    private static String accountKey(String login) {
        return "account:" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    /** {@code masthead.login.*}: failures allowed per account and per address within the window. */
    @ConfigurationProperties("masthead.login")
    record Limits(Integer maxFailuresPerAccount, Integer maxFailuresPerAddress, Duration window) {
        Limits {
            maxFailuresPerAccount = maxFailuresPerAccount == null ? 5 : maxFailuresPerAccount;
            maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
            window = window == null ? Duration.ofMinutes(15) : window;
        }
    }
}
