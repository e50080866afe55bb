package com.masthead.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.support.MigratedDatabase;
import com.masthead.ticket.MutableClock;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The login throttle's rules, with its counts in a real (SQLite) database, one per test. */
class LoginThrottleIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T00:00:00Z"));
    private final HikariDataSource pool;
    private final JdbcClient database;
    private final LoginThrottle throttle;

    LoginThrottleIntegrationTests() throws IOException {
        pool = MigratedDatabase.sqlite().pool(2);
        database = JdbcClient.create(pool);
        throttle = new LoginThrottle(
                new LoginThrottle.Limits(null, null, null, null, null, null, null),
                new LoginFailureRepository(database),
                clock);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void afterThreeFailuresTheSameSourceWaitsAGrowingDelayInsteadOfBeingLockedOut() {
        LoginAttempt guess = LoginAttempt.untrusted("admin", "203.0.113.1");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.check(guess)).isEmpty();
            throttle.failed(guess);
        }

        assertThat(throttle.check(guess)).hasValueSatisfying(t -> {
            assertThat(t.retryAfter()).isEqualTo(Duration.ofSeconds(2));
            assertThat(t.scope()).isEqualTo(LoginThrottle.Scope.ACCOUNT);
        });
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.check(guess)).isEmpty();
        throttle.failed(guess);
        assertThat(throttle.check(guess))
                .hasValueSatisfying(t -> assertThat(t.retryAfter()).isEqualTo(Duration.ofSeconds(4)));

        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(5));
            throttle.failed(guess);
        }
        assertThat(throttle.check(guess))
                .as("the delay stops growing at max-delay")
                .hasValueSatisfying(t -> assertThat(t.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.check(guess)).isEmpty();
    }

    @Test
    void failuresFromOneAddressDoNotDelayTheSameAccountFromAnother() {
        LoginAttempt attacker = LoginAttempt.untrusted("admin", "203.0.113.2");
        for (int i = 0; i < 6; i++) {
            throttle.failed(attacker);
        }

        assertThat(throttle.check(attacker)).isPresent();
        assertThat(throttle.check(LoginAttempt.untrusted("admin", "198.51.100.2")))
                .isEmpty();
    }

    @Test
    void guessesSpreadOverManyAddressesSlowDownUnknownSourcesButNeverAKnownAddressOrDevice() {
        for (int address = 0; address < 50; address++) {
            for (int i = 0; i < 3; i++) {
                throttle.failed(LoginAttempt.untrusted("chief", "203.0.113." + address));
            }
        }

        assertThat(throttle.check(LoginAttempt.untrusted("chief", "192.0.2.200")))
                .hasValueSatisfying(t -> assertThat(t.retryAfter()).isEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.check(new LoginAttempt("chief", "192.0.2.201", LoginTrust.Level.ADDRESS, null)))
                .isEmpty();
        assertThat(throttle.check(new LoginAttempt("chief", "203.0.113.7", LoginTrust.Level.DEVICE, "device-1")))
                .as("a known device, even at an address the attacker used")
                .isEmpty();
    }

    @Test
    void anAddressWithTwentyFailuresWaitsForItsWindowWhateverLoginItTries() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(LoginAttempt.untrusted("user" + i, "203.0.113.9"));
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(throttle.check(LoginAttempt.untrusted("someone-else", "203.0.113.9")))
                .hasValueSatisfying(t -> {
                    assertThat(t.scope()).isEqualTo(LoginThrottle.Scope.ADDRESS);
                    assertThat(t.retryAfter()).isEqualTo(Duration.ofMinutes(15).minusSeconds(200));
                });
        clock.advance(Duration.ofMinutes(15).minusSeconds(200));
        assertThat(throttle.check(LoginAttempt.untrusted("someone-else", "203.0.113.9")))
                .isEmpty();
    }

    @Test
    void aGoodLoginClearsTheCountOfItsSourceAndCountsAreForgottenAfterTheWindow() {
        LoginAttempt typo = LoginAttempt.untrusted("reporter", "198.51.100.3");
        for (int i = 0; i < 3; i++) {
            throttle.failed(typo);
        }
        throttle.succeeded(typo);
        assertThat(throttle.check(typo)).isEmpty();

        LoginAttempt other = LoginAttempt.untrusted("reporter", "198.51.100.4");
        for (int i = 0; i < 3; i++) {
            throttle.failed(other);
        }
        clock.advance(Duration.ofMinutes(15));
        throttle.failed(other);
        assertThat(throttle.check(other)).as("one failure in a fresh window").isEmpty();
    }

    @Test
    void addressesOfOneIpv6NetworkShareOneAddressCount() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(LoginAttempt.untrusted("user" + i, "2001:db8:7:1::" + Integer.toHexString(i + 1)));
        }

        assertThat(throttle.check(LoginAttempt.untrusted("someone-else", "2001:db8:7:1:ffff::9")))
                .as("another address of the same /64")
                .hasValueSatisfying(t -> assertThat(t.scope()).isEqualTo(LoginThrottle.Scope.ADDRESS));
        assertThat(throttle.check(LoginAttempt.untrusted("someone-else", "2001:db8:7:2::1")))
                .as("the next /64")
                .isEmpty();
    }

    @Test
    void aLoginNameOfTenThousandCharactersIsCountedUnderAShortKey() {
        LoginAttempt flood = LoginAttempt.untrusted("a".repeat(10_000), "203.0.113.20");
        for (int i = 0; i < 3; i++) {
            throttle.failed(flood);
        }

        assertThat(throttle.check(flood)).isPresent();
        assertThat(database.sql("select id from login_failure")
                        .query(String.class)
                        .list())
                .hasSize(3)
                .allSatisfy(key -> assertThat(key).hasSizeLessThanOrEqualTo(100));
    }

    @Test
    void countsAWindowOldAreDeletedAndCountsInTheirWindowKept() {
        throttle.failed(LoginAttempt.untrusted("old", "203.0.113.21"));
        clock.advance(Duration.ofMinutes(10));
        throttle.failed(LoginAttempt.untrusted("recent", "203.0.113.22"));
        clock.advance(Duration.ofMinutes(5));

        throttle.forgetPassedWindows();

        assertThat(database.sql("select id from login_failure")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("pair:recent@203.0.113.22", "account:recent", "address:203.0.113.22");
    }

    @Test
    void whenTheDatabaseCannotBeReachedTheAttemptFailsInsteadOfPassingUnchecked() throws IOException {
        // a file in a directory that does not exist: SQLite cannot open it
        String url = "jdbc:sqlite:" + Files.createTempDirectory("masthead-gone").resolve("missing/masthead.db");
        LoginThrottle offline = new LoginThrottle(
                new LoginThrottle.Limits(null, null, null, null, null, null, null),
                new LoginFailureRepository(JdbcClient.create(new DriverManagerDataSource(url))),
                clock);

        assertThatThrownBy(() -> offline.check(LoginAttempt.untrusted("admin", "203.0.113.30")))
                .isInstanceOf(DataAccessException.class);
    }
}
