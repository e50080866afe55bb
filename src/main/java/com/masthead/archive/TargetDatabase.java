package com.masthead.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What an import needs of the database it loads into, inside the import's one transaction: that nobody else
 * bootstraps meanwhile, that it is empty, foreign keys checked once all rows are in (SQLite) or as they come
 * (PostgreSQL, whose keys cannot be deferred), and identity sequences moved past the imported ids.
 */
final class TargetDatabase {

    private final Connection connection;
    private final boolean postgres;

    TargetDatabase(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    /**
     * SQLite: the transaction holds the one write lock from its first statement, so no instance can seed or
     * create an admin meanwhile, and foreign keys are checked at the end (rows may come in any order). PostgreSQL:
     * locks the job-lock table, so an instance starting meanwhile waits at its start-up bootstrap lock until the
     * import has committed and then finds the database full (and seeds nothing).
     */
    void begin() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("lock table shedlock in exclusive mode");
            } else {
                statement.execute("pragma defer_foreign_keys = on");
            }
        }
    }

    void requireEmpty(List<TableShape> tables) throws SQLException {
        for (TableShape table : tables) {
            if (ArchiveTables.SEEDED_BY_MIGRATIONS.contains(table.name())) {
                continue;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select 1 from " + table.name() + " limit 1")) {
                if (rows.next()) {
                    throw new ArchiveRefusedException("the target database is not empty (the table " + table.name()
                            + " has rows): import only into a new database that no site has started on yet; "
                            + "see docs/archive.md");
                }
            }
        }
    }

    /** Removes the starting rows the migrations wrote, for the archive's. */
    void clear(TableShape table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from " + table.name());
        }
    }

    void requireNoDanglingReferences() throws SQLException {
        if (postgres) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("pragma foreign_key_check")) {
            if (rows.next()) {
                throw new ArchiveRefusedException("dangling reference: a row of " + rows.getString(1) + " (rowid "
                        + rows.getLong(2) + ") refers to a row of " + rows.getString(3)
                        + " that is not in the archive");
            }
        }
    }

    void moveSequencesPastIds(List<TableShape> tables) throws SQLException {
        if (!postgres) {
            // AUTOINCREMENT remembers the largest id ever inserted, explicit ones included
            return;
        }
        for (TableShape table : tables) {
            if (table.primaryKey().size() != 1) {
                continue;
            }
            String column = table.primaryKey().get(0);
            String sequence = sequenceOf(table.name(), column);
            if (sequence == null) {
                continue;
            }
            try (PreparedStatement statement = connection.prepareStatement("select setval(?, max(" + column + ")) from "
                    + table.name() + " having max(" + column + ") is not null")) {
                statement.setString(1, sequence);
                statement.execute();
            }
        }
    }

    private String sequenceOf(String table, String column) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
            statement.setString(1, table);
            statement.setString(2, column);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
