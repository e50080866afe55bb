package com.masthead.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * An online copy of a SQLite database through SQLite's own backup API ({@code sqlite3_backup_*}, called by the
 * xerial driver; no {@code sqlite3} program). The source connection first opens a read transaction, so every
 * step of the copy reads the same snapshot: the copy is one consistent state even though it is made in steps
 * (with progress) while other connections keep writing. In WAL mode (the application's) writers never wait for
 * it; they only keep the write-ahead log from being checkpointed past the snapshot until the copy ends. The copy
 * is left in rollback-journal mode, one self-contained file.
 */
final class SqliteSnapshot {

    private static final int PAGES_PER_STEP = 4096;
    private static final int BUSY_SLEEP_MILLIS = 100;
    private static final int BUSY_RETRIES = 100;

    private SqliteSnapshot() {}

    /** Copies the database of {@code source} (a SQLite connection in auto-commit) into the new file {@code target}. */
    static void copy(Connection source, Path target, BackupProgress progress) throws SQLException {
        copy(source, target, PAGES_PER_STEP, progress);
    }

    /** As {@link #copy(Connection, Path, BackupProgress)}, {@code pagesPerStep} pages at a time. */
    static void copy(Connection source, Path target, int pagesPerStep, BackupProgress progress) throws SQLException {
        DB db = source.unwrap(SQLiteConnection.class).getDatabase();
        try (Statement statement = source.createStatement()) {
            statement.execute("begin deferred");
            try {
                // the first read fixes the snapshot that every backup step reads
                statement.executeQuery("select count(*) from sqlite_schema").close();
                int rc = db.backup(
                        "main",
                        target.toString(),
                        new Reporter(progress),
                        BUSY_SLEEP_MILLIS,
                        BUSY_RETRIES,
                        pagesPerStep);
                if (rc != 0) {
                    throw new SQLException("SQLite backup failed with result code " + rc);
                }
            } finally {
                statement.execute("rollback");
            }
        }
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + target);
                Statement statement = copy.createStatement()) {
            statement.execute("pragma journal_mode=delete");
        }
    }

    /** Logs the copy's progress at every tenth of the pages. */
    private static final class Reporter implements DB.ProgressObserver {

        private final BackupProgress progress;
        private int reportedTenth = -1;

        Reporter(BackupProgress progress) {
            this.progress = progress;
        }

        @Override
        public void progress(int remaining, int pageCount) {
            progress.advanced("database", pageCount - remaining, pageCount);
            int tenth = pageCount == 0 ? 10 : (int) (10L * (pageCount - remaining) / pageCount);
            if (tenth != reportedTenth) {
                reportedTenth = tenth;
                progress.line("database: " + (pageCount - remaining) + " of " + pageCount + " pages copied ("
                        + tenth * 10 + "%)");
            }
        }
    }
}
