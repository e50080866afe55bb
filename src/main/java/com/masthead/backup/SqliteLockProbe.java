package com.masthead.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells whether another connection has a SQLite database open. In WAL mode (the application's) every open
 * connection holds a shared lock on the database file for as long as it is open, idle pool connections included;
 * a connection in exclusive locking mode cannot begin an exclusive transaction while such a lock exists, and gives
 * up at once ({@code busy_timeout=0}). Other processes and other connections of this process alike are seen. The
 * probe changes nothing: its transaction is rolled back.
 */
final class SqliteLockProbe {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private SqliteLockProbe() {}

    static boolean isHeld(Path database) {
        if (!Files.exists(database)) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:sqlite:" + database.toAbsolutePath() + "?busy_timeout=0&locking_mode=EXCLUSIVE");
                Statement statement = connection.createStatement()) {
            statement.execute("begin exclusive");
            statement.execute("rollback");
            return false;
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                return true;
            }
            throw new BackupRefused("cannot open the database " + database + ": " + e.getMessage(), e);
        }
    }
}
