package com.masthead.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.masthead.shared.ClientKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an account out. Failed logins are counted per
 * account <em>and</em> address (or per known device), per account from unknown sources, and per address:
 *
 * <ul>
 *   <li>after {@code free-failures} failures of the same account from the same address the next try is allowed
 *       only after a delay that doubles with every further failure, from {@code first-delay} up to {@code
 *       max-delay};
 *   <li>failures from addresses and devices the account never logged in from also count for the account as a
 *       whole (after {@code free-failures-per-account}, the same doubling up to {@code max-account-delay}), which
 *       slows a guesser spread over many addresses; a login from a known address or device ignores this count;
 *   <li>an address with {@code max-failures-per-address} failures within {@code window} waits for the window to
 *       end (unless the login comes from an address or device the account knows).
 * </ul>
 *
 * A delayed attempt is refused before the password is checked and does not count. Counts are forgotten after
 * {@code window} without failures; a successful login clears its account-and-address count. State is per
 * instance, in memory and bounded. Thread-safe; time from the injected clock.
 */
@Component
@EnableConfigurationProperties(LoginThrottle.Limits.class)
public class LoginThrottle {

    private final Limits limits;
    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(6))
            .build();

    LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Empty when the attempt may check its password now, else how long to wait and which count refused it. */
    Optional<Throttled> check(LoginAttempt attempt) {
        Instant now = clock.instant();
        return switch (attempt.trust()) {
            case DEVICE -> delay(deviceKey(attempt), limits.freeFailures(), limits.maxDelay(), now, Scope.ACCOUNT);
            case ADDRESS -> delay(pairKey(attempt), limits.freeFailures(), limits.maxDelay(), now, Scope.ACCOUNT);
            case NONE ->
                addressLimit(attempt, now)
                        .or(() -> delay(pairKey(attempt), limits.freeFailures(), limits.maxDelay(), now, Scope.ACCOUNT))
                        .or(() -> delay(
                                accountKey(attempt),
                                limits.freeFailuresPerAccount(),
                                limits.maxAccountDelay(),
                                now,
                                Scope.ACCOUNT));
        };
    }

    /** Counts a failed password check (wrong password, unknown or disabled account). */
    void failed(LoginAttempt attempt) {
        Instant now = clock.instant();
        count(addressKey(attempt), now, true);
        if (attempt.trust() == LoginTrust.Level.DEVICE) {
            count(deviceKey(attempt), now, false);
        } else {
            count(pairKey(attempt), now, false);
        }
        if (attempt.trust() == LoginTrust.Level.NONE) {
            count(accountKey(attempt), now, false);
        }
    }

    /** Clears the count of the account from this address or device. */
    void succeeded(LoginAttempt attempt) {
        failures.invalidate(pairKey(attempt));
        if (attempt.device() != null) {
            failures.invalidate(deviceKey(attempt));
        }
    }

    private Optional<Throttled> addressLimit(LoginAttempt attempt, Instant now) {
        Failures seen = current(addressKey(attempt), now, true);
        if (seen == null || seen.count() < limits.maxFailuresPerAddress()) {
            return Optional.empty();
        }
        return Optional.of(new Throttled(Duration.between(now, seen.first().plus(limits.window())), Scope.ADDRESS));
    }

    private Optional<Throttled> delay(String key, int free, Duration max, Instant now, Scope scope) {
        Failures seen = current(key, now, false);
        if (seen == null || seen.count() < free) {
            return Optional.empty();
        }
        Duration wait = delayAfter(seen.count() - free, max);
        Instant allowed = seen.last().plus(wait);
        return now.isBefore(allowed)
                ? Optional.of(new Throttled(Duration.between(now, allowed), scope))
                : Optional.empty();
    }

    /** {@code first-delay} doubled {@code extra} times, at most {@code max}. */
    private Duration delayAfter(int extra, Duration max) {
        Duration wait = limits.firstDelay();
        for (int i = 0; i < extra && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** The key's count within the window, or null when there is none or the window has passed. */
    private Failures current(String key, Instant now, boolean fixedWindow) {
        Failures seen = failures.getIfPresent(key);
        return seen == null || seen.expired(now, limits.window(), fixedWindow) ? null : seen;
    }

    private void count(String key, Instant now, boolean fixedWindow) {
        failures.asMap()
                .compute(
                        key,
                        (k, seen) -> seen == null || seen.expired(now, limits.window(), fixedWindow)
                                ? new Failures(1, now, now)
                                : new Failures(seen.count() + 1, seen.first(), now));
    }

    private static String pairKey(LoginAttempt attempt) {
        return "pair:" + attempt.login() + "@" + ClientKey.of(attempt.address());
    }

    private static String deviceKey(LoginAttempt attempt) {
        return "device:" + attempt.login() + "@" + attempt.device();
    }

    private static String accountKey(LoginAttempt attempt) {
        return "account:" + attempt.login();
    }

    private static String addressKey(LoginAttempt attempt) {
        return "address:" + ClientKey.of(attempt.address());
    }

    /** Which count refused an attempt: the client address as a whole, or the account (from there, or overall). */
    public enum Scope {
        ADDRESS,
        ACCOUNT
    }

    /** A refused attempt: wait at least {@code retryAfter}. */
    record Throttled(Duration retryAfter, Scope scope) {}

    /** Failures of one key: how many, the first (start of the address window) and the last (start of the delay). */
    private record Failures(int count, Instant first, Instant last) {

        /** The address count ends {@code window} after its first failure, the others {@code window} after the last. */
        boolean expired(Instant now, Duration window, boolean fixedWindow) {
            return !now.isBefore((fixedWindow ? first : last).plus(window));
        }
    }

    /**
     * {@code masthead.login.*}. Defaults: 3 free failures per account and address, then 2 s doubling up to 5 min;
     * 10 free failures per account from unknown sources, then up to 1 min; 20 failures per address in 15 min.
     */
    @ConfigurationProperties("masthead.login")
    record Limits(
            Integer freeFailures,
            Duration firstDelay,
            Duration maxDelay,
            Integer freeFailuresPerAccount,
            Duration maxAccountDelay,
            Integer maxFailuresPerAddress,
            Duration window) {
        Limits {
            freeFailures = freeFailures == null ? 3 : freeFailures;
            firstDelay = firstDelay == null ? Duration.ofSeconds(2) : firstDelay;
            maxDelay = maxDelay == null ? Duration.ofMinutes(5) : maxDelay;
            freeFailuresPerAccount = freeFailuresPerAccount == null ? 10 : freeFailuresPerAccount;
            maxAccountDelay = maxAccountDelay == null ? Duration.ofMinutes(1) : maxAccountDelay;
            maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
            window = window == null ? Duration.ofMinutes(15) : window;
        }
    }
}
