package com.masthead.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.pagecache.TwoInstances;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteTestSupport;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several instances on one database share their rate limits and the login throttle: a budget spent through both
 * instances at once allows exactly the configured count, a login slowed down on one is slowed down on the other,
 * and an instance started later (a restart) still sees both. Over real HTTP.
 */
interface SharedLimitsContract {

    Logger LOG = LoggerFactory.getLogger(SharedLimitsContract.class);

    /** Ticket look-ups one address may make per window on these instances. */
    int LOOKUPS = 20;

    int THREADS_PER_INSTANCE = 8;

    int TRIES_PER_THREAD = 5;

    /** The instances' settings on top of the database: small budgets, a day to refill, delays longer than a start. */
    static Map<String, Object> limited(Map<String, Object> database) {
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.put("masthead.tickets.lookups-per-window", LOOKUPS);
        properties.put("masthead.tickets.window", "P1D");
        properties.put("masthead.login.first-delay", "PT10M");
        properties.put("masthead.login.max-delay", "PT1H");
        return properties;
    }

    TwoInstances.Instance first();

    TwoInstances.Instance second();

    /** The database (with {@link #limited} settings) both instances run on, to start more instances on. */
    Map<String, Object> database();

    @Test
    default void aBudgetSpentThroughBothInstancesAtOnceAllowsExactlyTheConfiguredCount() throws Exception {
        String address = "203.0.113.41";
        AtomicInteger allowed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> threads = new ArrayList<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
        try {
            for (TwoInstances.Instance instance : List.of(first(), second())) {
                for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
                    threads.add(pool.submit(() -> {
                        StaffSession reader = instance.newStaffSession().from(address);
                        reader.page("/corrections/status");
                        for (int i = 0; i < TRIES_PER_THREAD; i++) {
                            int status = lookUp(reader).statusCode();
                            (status == 429 ? refused : allowed).incrementAndGet();
                        }
                    }));
                }
            }
            for (Future<?> thread : threads) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.info(
                "shared limit: {} of {} look-ups allowed ({} configured), {} threads on 2 instances, {} ms",
                allowed.get(),
                allowed.get() + refused.get(),
                LOOKUPS,
                2 * THREADS_PER_INSTANCE,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(allowed.get()).isEqualTo(LOOKUPS);
        assertThat(refused.get()).isEqualTo(2 * THREADS_PER_INSTANCE * TRIES_PER_THREAD - LOOKUPS);
    }

    @Test
    default void aLoginSlowedDownOnOneInstanceIsSlowedDownOnTheOther() {
        String login = ContentFixtures.unique("cluster").toLowerCase();
        first().staffAccount(login, StaffRole.EDITOR);
        String address = "198.51.100.42";
        for (int i = 0; i < 3; i++) {
            first().newStaffSession().from(address).login(login, "Wrong-Guess-Number-" + i);
        }

        HttpResponse<String> elsewhere =
                second().newStaffSession().from(address).login(login, SiteTestSupport.STAFF_PASSWORD);

        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).contains("error=throttled");
        assertThat(elsewhere.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isGreaterThan(500));
    }

    @Test
    default void loginsRefusedOnBothInstancesAreAuditedOnceForTheirWindow() {
        String login = ContentFixtures.unique("audited").toLowerCase();
        first().staffAccount(login, StaffRole.EDITOR);
        String address = "198.51.100.44";
        for (int i = 0; i < 3; i++) {
            first().newStaffSession().from(address).login(login, "Wrong-Guess-Number-" + i);
        }

        for (TwoInstances.Instance instance : List.of(first(), second(), first(), second())) {
            assertThat(instance.newStaffSession()
                            .from(address)
                            .login(login, "Another-Guess")
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .contains("error=throttled");
        }

        assertThat(first().database()
                        .sql("select count(*) from audit_entry where subject = ? and detail = 'login-throttled'")
                        .param("staff:" + login)
                        .query(Long.class)
                        .single())
                .as("one first entry for the window, whichever instance refused")
                .isEqualTo(1);
    }

    @Test
    default void anInstanceStartedLaterStillSeesSpentBudgetsAndLoginDelays() {
        String address = "198.51.100.43";
        String login = ContentFixtures.unique("restart").toLowerCase();
        try (TwoInstances before = new TwoInstances()) {
            TwoInstances.Instance instance = before.startFirst(database());
            instance.staffAccount(login, StaffRole.EDITOR);
            StaffSession reader = instance.newStaffSession().from(address);
            reader.page("/corrections/status");
            for (int i = 0; i < LOOKUPS; i++) {
                assertThat(lookUp(reader).statusCode()).isEqualTo(200);
            }
            for (int i = 0; i < 3; i++) {
                instance.newStaffSession().from(address).login(login, "Wrong-Guess-Number-" + i);
            }
        }

        try (TwoInstances after = new TwoInstances()) {
            TwoInstances.Instance restarted = after.startFirst(database());
            StaffSession reader = restarted.newStaffSession().from(address);
            reader.page("/corrections/status");

            assertThat(lookUp(reader).statusCode()).isEqualTo(429);
            assertThat(restarted
                            .newStaffSession()
                            .from(address)
                            .login(login, SiteTestSupport.STAFF_PASSWORD)
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .contains("error=throttled");
        }
    }

    private static HttpResponse<String> lookUp(StaffSession reader) {
        return reader.post("/corrections/status", Map.of("number", "JC-20261207-0001", "email", "a@example.org"));
    }
}
