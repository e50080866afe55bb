package com.masthead.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One consistent, read-only view of the database for the whole export, taken while the site keeps writing.
 * PostgreSQL: a pooled connection in a REPEATABLE READ, read-only transaction (statements read through cursors:
 * autocommit off and a fetch size). SQLite: a connection of its own in a deferred transaction, which under WAL
 * reads the database as of its first statement and never blocks the site's writers (the pool's connections begin
 * their transactions IMMEDIATE, which would hold the write lock for the whole export).
 */
final class DatabaseSnapshot implements AutoCloseable {

    static final int FETCH_SIZE = 1000;

    private final Connection connection;
    private final boolean postgres;
    private final boolean pooled;

    private DatabaseSnapshot(Connection connection, boolean postgres, boolean pooled) {
        this.connection = connection;
        this.postgres = postgres;
        this.pooled = pooled;
    }

    static DatabaseSnapshot open(DataSource dataSource) throws SQLException {
        try (Connection probe = dataSource.getConnection()) {
            if (!DatabaseSchema.isPostgres(probe)) {
                Connection own =
                        DriverManager.getConnection(deferred(probe.getMetaData().getURL()));
                own.setAutoCommit(false);
                return new DatabaseSnapshot(own, false, false);
            }
        }
        Connection pooled = dataSource.getConnection();
        try {
            pooled.setAutoCommit(false);
            pooled.setReadOnly(true);
            pooled.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return new DatabaseSnapshot(pooled, true, true);
        } catch (SQLException e) {
            pooled.close();
            throw e;
        }
    }

    /** The SQLite URL with its transactions deferred (they take no lock until they write, and this one never does). */
    static String deferred(String url) {
        String plain =
                url.replaceAll("([?&])transaction_mode=[A-Za-z]+&?", "$1").replaceAll("[?&]$", "");
        return plain + (plain.contains("?") ? "&" : "?") + "transaction_mode=DEFERRED";
    }

    Connection connection() {
        return connection;
    }

    boolean postgres() {
        return postgres;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            if (pooled) {
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
            connection.close();
        }
    }
}
