package com.masthead.system;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Has the connection pool discard a SQLite connection whose statement failed because the database was busy (the
 * write lock held past {@code busy_timeout}). The case that matters is a transaction that could not begin:
 * sqlite-jdbc records "not auto-commit" before its {@code BEGIN IMMEDIATE} fails, so the connection would go back
 * to the pool looking like an open transaction, and every later transaction on it would skip its BEGIN and fail
 * at commit. Under {@code transaction_mode=IMMEDIATE} a transaction takes the lock at its start, so a busy error
 * inside one does not happen; in auto-commit mode (a single statement) a new connection is as good. Other
 * databases' errors keep the pool's own rules. Named by {@code spring.datasource.hikari.exception-override-class-name}
 * (public, with a public no-argument constructor, for HikariCP to create it).
 */
public final class SqliteBusyEviction implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException exception) {
        return exception instanceof SQLiteException sqlite && isBusy(sqlite.getResultCode())
                ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    private static boolean isBusy(SQLiteErrorCode code) {
        // primary code SQLITE_BUSY (5) and its extended codes (BUSY_RECOVERY, BUSY_SNAPSHOT, BUSY_TIMEOUT)
        return (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
    }
}
