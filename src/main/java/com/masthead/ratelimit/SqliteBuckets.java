package com.masthead.ratelimit;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.jdbc.AbstractJdbcProxyManagerBuilder;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * bucket4j's JDBC proxy manager for SQLite, which bucket4j does not ship: its select-for-update base class over
 * the same table as the PostgreSQL backend ({@code id}, {@code state}, {@code expires_at}), so both databases go
 * through the same bucket4j code. SQLite has no {@code for update}; it has one writer, and the application's
 * connections begin every transaction {@code immediate} ({@code transaction_mode=IMMEDIATE} in the URL), so a
 * transaction holds the write lock from its start and read-modify-write of a bucket is atomic across instances.
 */
final class SqliteBuckets extends AbstractSelectForUpdateBasedProxyManager<String> implements ExpiredEntriesCleaner {

    private final DataSource dataSource;
    private final String select;
    private final String insert;
    private final String update;
    private final String remove;
    private final String removeExpired;
    private final Optional<CustomColumnProvider<String>> expiresAt;

    private SqliteBuckets(Builder builder) {
        super(builder.getClientSideConfig());
        this.dataSource = builder.getDataSource();
        String table = builder.getTableName();
        String id = builder.getIdColumnName();
        String state = builder.getStateColumnName();
        String expires = builder.getExpiresAtColumnName();
        this.select = "select " + state + " from " + table + " where " + id + " = ?";
        this.insert = "insert into " + table + " (" + id + ", " + state + ") values (?, null) on conflict (" + id
                + ") do nothing";
        this.update = "update " + table + " set " + state + " = ?, " + expires + " = ? where " + id + " = ?";
        this.remove = "delete from " + table + " where " + id + " = ?";
        this.removeExpired = "delete from " + table + " where " + id + " in (select " + id + " from " + table
                + " where " + expires + " < ? limit ?)";
        this.expiresAt = getClientSideConfig()
                .getExpirationAfterWriteStrategy()
                .map(strategy -> CustomColumnProvider.createExpiresInColumnProvider(expires, strategy));
    }

    /** A builder with bucket4j's JDBC options (table and column names, clock, expiry), keys as text. */
    static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new Transaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(remove)) {
            statement.setString(1, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    public int removeExpired(int batchSize) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(removeExpired)) {
            // expires_at is written from the wall clock by bucket4j's column provider, so compare with it too
            statement.setLong(1, System.currentTimeMillis());
            statement.setInt(2, batchSize);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    /** One bucket operation: a transaction on its own connection, holding SQLite's write lock from its start. */
    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        private Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setString(1, key);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setString(1, key);
                return statement.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                statement.setBytes(1, data);
                if (expiresAt.isPresent()) {
                    expiresAt.get().setCustomField(key, 2, statement, newState, currentTimeNanos());
                } else {
                    statement.setNull(2, java.sql.Types.BIGINT);
                }
                statement.setString(3, key);
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private static void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    /** bucket4j's JDBC builder, for SQLite. */
    static final class Builder extends AbstractJdbcProxyManagerBuilder<String, SqliteBuckets, Builder> {

        private Builder(DataSource dataSource) {
            super(dataSource, PrimaryKeyMapper.STRING);
        }

        @Override
        public boolean isExpireAfterWriteSupported() {
            return true;
        }

        @Override
        public SqliteBuckets build() {
            return new SqliteBuckets(this);
        }
    }
}
