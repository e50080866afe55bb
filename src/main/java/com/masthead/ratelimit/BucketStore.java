package com.masthead.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The table of token buckets behind bucket4j's {@link ProxyManager}, on the database the application runs on:
 * bucket4j's PostgreSQL backend (select for update), or {@link SqliteBuckets} on SQLite. Either way a row holds a
 * bucket's state and when it will have filled up again ({@code expires_at}, plus a minute), after which the
 * cleanup may delete it: a missing bucket is a full one.
 */
record BucketStore(ProxyManager<String> buckets, ExpiredEntriesCleaner expired) {

    static final String TABLE = "rate_limit_bucket";

    private static final Duration KEEP_AFTER_FULL = Duration.ofMinutes(1);

    /** The store on {@code dataSource}, with time from {@code clock}; opens one connection to see which database. */
    static BucketStore on(DataSource dataSource, Clock clock) {
        return of(productName(dataSource), dataSource, clock, KEEP_AFTER_FULL);
    }

    /** The store on {@code dataSource}, a database of {@code productName}, keeping full buckets {@code keepAfterFull}. */
    static BucketStore of(String productName, DataSource dataSource, Clock clock, Duration keepAfterFull) {
        TimeMeter time = new ApplicationTime(clock);
        ExpirationAfterWriteStrategy expiry =
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepAfterFull);
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(
                            dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE)
                    .clientClock(time)
                    .expirationAfterWrite(expiry)
                    .build();
            return new BucketStore(buckets, buckets);
        }
        if (product.contains("sqlite")) {
            SqliteBuckets buckets = SqliteBuckets.builder(dataSource)
                    .table(TABLE)
                    .clientClock(time)
                    .expirationAfterWrite(expiry)
                    .build();
            return new BucketStore(buckets, buckets);
        }
        throw new IllegalStateException("rate limits run on SQLite or PostgreSQL, not on " + product);
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database of the rate limits", e);
        }
    }

    /** The application clock as bucket4j's time (milliseconds; wall-clock based, as a shared store needs). */
    private record ApplicationTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
