package com.masthead.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared bucket store on a real database, below HTTP: two stores (as two instances have) on one database
 * hammered by 16 threads allow exactly the capacity, another store (a restart) keeps what was spent, long subjects
 * get short keys, rows of full buckets are deleted, and an unreachable database lets takes through.
 */
interface RateLimitStoreContract {

    Logger LOG = LoggerFactory.getLogger(RateLimitStoreContract.class);

    /** The first instance's connection pool. */
    DataSource database();

    /** The second instance's connection pool, on the same database. */
    DataSource otherInstance();

    /** The product name the store would read from a connection ("SQLite", "PostgreSQL"). */
    String product();

    /** A data source of this kind whose database cannot be reached. */
    DataSource unreachable();

    private RateLimits store() {
        return store(database(), Duration.ofMinutes(1));
    }

    private RateLimits store(DataSource pool, Duration keepAfterFull) {
        return new RateLimits(
                BucketStore.of(product(), pool, Clock.systemUTC(), keepAfterFull),
                new RateLimitProperties(null, 100),
                Clock.systemUTC());
    }

    @Test
    default void sixteenThreadsOnTwoInstancesTakeExactlyTheCapacity() throws Exception {
        int capacity = 50;
        Allowance allowance = new Allowance("contended", capacity, Duration.ofDays(1));
        List<RateLimits> instances = List.of(store(), store(otherInstance(), Duration.ofMinutes(1)));
        AtomicInteger allowed = new AtomicInteger();
        long[] nanos = new long[16 * 10];
        List<Future<?>> threads = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int t = 0; t < 16; t++) {
                RateLimits instance = instances.get(t % 2);
                int thread = t;
                threads.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        long start = System.nanoTime();
                        boolean taken =
                                instance.tryTake(allowance, "198.51.100.7").isEmpty();
                        nanos[thread * 10 + i] = System.nanoTime() - start;
                        if (taken) {
                            allowed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> thread : threads) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Arrays.sort(nanos);
        LOG.info(
                "{}: {} of 160 takes allowed ({} configured), 8 threads x 2 instances; per take under contention"
                        + " p50 {} ms, p99 {} ms",
                product(),
                allowed.get(),
                capacity,
                nanos[80] / 1_000_000.0,
                nanos[158] / 1_000_000.0);

        assertThat(allowed.get()).isEqualTo(capacity);
    }

    @Test
    default void anUncontendedTakeCostsMilliseconds() {
        RateLimits limits = store();
        Allowance allowance = new Allowance("latency", 1_000_000, Duration.ofDays(1));
        for (int i = 0; i < 50; i++) {
            limits.tryTake(allowance, "warm-up-" + (i % 5));
        }
        long[] nanos = new long[500];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            assertThat(limits.tryTake(allowance, "client-" + (i % 50))).isEmpty();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        LOG.info(
                "{}: one take, no contention: p50 {} ms, p99 {} ms",
                product(),
                nanos[250] / 1_000_000.0,
                nanos[495] / 1_000_000.0);

        assertThat(Duration.ofNanos(nanos[250])).isLessThan(Duration.ofMillis(50));
    }

    @Test
    default void aNewStoreOnTheSameDatabaseKeepsWhatWasSpent() {
        Allowance allowance = new Allowance("restart", 3, Duration.ofHours(1));
        RateLimits before = store();
        for (int i = 0; i < 3; i++) {
            assertThat(before.tryTake(allowance, "203.0.113.9")).isEmpty();
        }

        assertThat(store(otherInstance(), Duration.ofMinutes(1)).tryTake(allowance, "203.0.113.9"))
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(21)));
    }

    @Test
    default void aLongSubjectIsStoredUnderAShortKeyAndStillCounted() {
        Allowance allowance = new Allowance("long", 1, Duration.ofHours(1));
        String subject = "x".repeat(10_000);
        RateLimits limits = store();

        assertThat(limits.tryTake(allowance, subject)).isEmpty();
        assertThat(limits.tryTake(allowance, subject)).isPresent();
        assertThat(JdbcClient.create(database())
                        .sql("select id from rate_limit_bucket where id like 'long:%'")
                        .query(String.class)
                        .single())
                .hasSizeLessThan(60)
                .startsWith("long:sha256:");
    }

    @Test
    default void rowsOfBucketsThatAreFullAgainAreDeleted() {
        RateLimits limits = store(database(), Duration.ofMillis(1));
        Allowance allowance = new Allowance("brief", 1, Duration.ofMillis(5));
        limits.tryTake(allowance, "203.0.113.10");
        JdbcClient sql = JdbcClient.create(database());
        String count = "select count(*) from rate_limit_bucket where id = 'brief:203.0.113.10'";
        assertThat(sql.sql(count).query(Long.class).single()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> limits.removeExpired() > 0);

        assertThat(sql.sql(count).query(Long.class).single()).isZero();
    }

    @Test
    default void anUnreachableStoreLetsTakesThrough() {
        RateLimits limits = new RateLimits(
                BucketStore.of(product(), unreachable(), Clock.systemUTC(), Duration.ofMinutes(1)),
                new RateLimitProperties(null, null),
                Clock.systemUTC());
        Allowance allowance = new Allowance("offline", 1, Duration.ofHours(1));

        assertThat(limits.tryTake(allowance, "203.0.113.11")).isEmpty();
        assertThat(limits.tryTake(allowance, "203.0.113.11")).isEmpty();
    }
}
