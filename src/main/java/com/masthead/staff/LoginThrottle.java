package com.masthead.staff;

import com.masthead.shared.BoundedKey;
import com.masthead.shared.ClientKey;
import com.masthead.staff.LoginFailureRepository.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
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
 * {@code window} without failures; a successful login clears its account-and-address count. The counts live in
 * the database ({@code login_failure}, keys bounded by {@link BoundedKey}), shared by every instance and kept
 * across restarts: a delay earned on one instance holds on all. When the database cannot be reached, logins
 * fail (fail closed; the password could not be checked either). Thread-safe; time from the injected clock.
 */
@Component
@EnableConfigurationProperties(LoginThrottle.Limits.class)
public class LoginThrottle {

    private final Limits limits;
    private final LoginFailureRepository failures;
    private final Clock clock;

    LoginThrottle(Limits limits, LoginFailureRepository failures, Clock clock) {
        this.limits = limits;
        this.failures = failures;
        this.clock = clock;
    }

    /** Empty when the attempt may check its password now, else how long to wait and which count refused it. */
    Optional<Throttled> check(LoginAttempt attempt) {
        Instant now = clock.instant();
        return switch (attempt.trust()) {
            case DEVICE -> {
                Map<String, Failures> seen = failures.find(List.of(deviceKey(attempt)));
                yield delay(seen, deviceKey(attempt), limits.freeFailures(), limits.maxDelay(), now);
            }
            case ADDRESS -> {
                Map<String, Failures> seen = failures.find(List.of(pairKey(attempt)));
                yield delay(seen, pairKey(attempt), limits.freeFailures(), limits.maxDelay(), now);
            }
            case NONE -> {
                Map<String, Failures> seen =
                        failures.find(List.of(addressKey(attempt), pairKey(attempt), accountKey(attempt)));
                yield addressLimit(seen, attempt, now)
                        .or(() -> delay(seen, pairKey(attempt), limits.freeFailures(), limits.maxDelay(), now))
                        .or(() -> delay(
                                seen,
                                accountKey(attempt),
                                limits.freeFailuresPerAccount(),
                                limits.maxAccountDelay(),
                                now));
            }
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
        List<String> keys = new ArrayList<>(List.of(pairKey(attempt)));
        if (attempt.device() != null) {
            keys.add(deviceKey(attempt));
        }
        failures.clear(keys);
    }

    /** Forgets counts a window old (they count for nothing any more), every ten minutes on every instance. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    void forgetPassedWindows() {
        failures.forgetLastBefore(clock.instant().minus(limits.window()));
    }

    private Optional<Throttled> addressLimit(Map<String, Failures> found, LoginAttempt attempt, Instant now) {
        Failures seen = current(found, addressKey(attempt), now, true);
        if (seen == null || seen.count() < limits.maxFailuresPerAddress()) {
            return Optional.empty();
        }
        return Optional.of(new Throttled(Duration.between(now, seen.first().plus(limits.window())), Scope.ADDRESS));
    }

    private Optional<Throttled> delay(Map<String, Failures> found, String key, int free, Duration max, Instant now) {
        Failures seen = current(found, key, now, false);
        if (seen == null || seen.count() < free) {
            return Optional.empty();
        }
        Duration wait = delayAfter(seen.count() - free, max);
        Instant allowed = seen.last().plus(wait);
        return now.isBefore(allowed)
                ? Optional.of(new Throttled(Duration.between(now, allowed), Scope.ACCOUNT))
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

    /**
     * The key's count within the window, or null when there is none or the window has passed: the address count
     * ends {@code window} after its first failure ({@code fixedWindow}), the others {@code window} after the last.
     */
    private Failures current(Map<String, Failures> found, String key, Instant now, boolean fixedWindow) {
        Failures seen = found.get(key);
        if (seen == null) {
            return null;
        }
        Instant start = fixedWindow ? seen.first() : seen.last();
        return now.isBefore(start.plus(limits.window())) ? seen : null;
    }

    private void count(String key, Instant now, boolean fixedWindow) {
        failures.count(key, now, now.minus(limits.window()), fixedWindow);
    }

    private static String pairKey(LoginAttempt attempt) {
        return BoundedKey.of("pair:" + attempt.login() + "@" + ClientKey.of(attempt.address()));
    }

    private static String deviceKey(LoginAttempt attempt) {
        return BoundedKey.of("device:" + attempt.login() + "@" + attempt.device());
    }

    private static String accountKey(LoginAttempt attempt) {
        return BoundedKey.of("account:" + attempt.login());
    }

    private static String addressKey(LoginAttempt attempt) {
        return BoundedKey.of("address:" + ClientKey.of(attempt.address()));
    }

    /** Which count refused an attempt: the client address as a whole, or the account (from there, or overall). */
    public enum Scope {
        ADDRESS,
        ACCOUNT
    }

    /** A refused attempt: wait at least {@code retryAfter}. */
    record Throttled(Duration retryAfter, Scope scope) {}

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
