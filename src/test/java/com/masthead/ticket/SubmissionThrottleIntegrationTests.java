package com.masthead.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.ratelimit.RateLimits;
import com.masthead.support.MigratedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The ticket forms' budgets, in the shared rate-limit store on a real (SQLite) database, one per test. */
class SubmissionThrottleIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    private final HikariDataSource pool;
    private final SubmissionThrottle throttle;

    SubmissionThrottleIntegrationTests() throws IOException {
        pool = MigratedDatabase.sqlite().pool(2);
        throttle = new SubmissionThrottle(
                RateLimits.on(pool, clock),
                new TicketProperties(DataSize.ofMegabytes(5), 3, 5, 3, 6, Duration.ofHours(1)));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void anAddressSpendsItsBudgetAndIsToldHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire(SubmissionThrottle.Action.CORRECTION, "10.0.0.1"))
                    .isEmpty();
        }

        assertThat(throttle.tryAcquire(SubmissionThrottle.Action.CORRECTION, "10.0.0.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(21)));
    }

    @Test
    void budgetsArePerAddressAndPerForm() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAcquire(SubmissionThrottle.Action.CORRECTION, "10.0.0.1");
        }

        assertThat(throttle.tryAcquire(SubmissionThrottle.Action.CORRECTION, "10.0.0.2"))
                .isEmpty();
        assertThat(throttle.tryAcquire(SubmissionThrottle.Action.REPRINT, "10.0.0.1"))
                .isEmpty();
        assertThat(throttle.tryAcquire(SubmissionThrottle.Action.LOOKUP, "10.0.0.1"))
                .isEmpty();
    }

    @Test
    void theBudgetRefillsWithTime() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAcquire(SubmissionThrottle.Action.REPRINT, "10.0.0.3");
        }
        assertThat(throttle.tryAcquire(SubmissionThrottle.Action.REPRINT, "10.0.0.3"))
                .isPresent();

        clock.advance(Duration.ofMinutes(21));

        assertThat(throttle.tryAcquire(SubmissionThrottle.Action.REPRINT, "10.0.0.3"))
                .isEmpty();
        assertThat(throttle.tryAcquire(SubmissionThrottle.Action.REPRINT, "10.0.0.3"))
                .isPresent();
    }
}
