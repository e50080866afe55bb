package com.masthead.archive;

import java.sql.SQLException;
import java.util.Locale;

/** Turns the database's refusal of a row into an operator's message: which table, and what the database said. */
final class DatabaseRefusal {

    private DatabaseRefusal() {}

    static ArchiveRefusedException of(String table, SQLException e) {
        SQLException detail = e.getNextException() != null ? e.getNextException() : e;
        String state = String.valueOf(detail.getSQLState());
        String message = String.valueOf(detail.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (state.equals("23503") || lower.contains("foreign key")) {
            return new ArchiveRefusedException(
                    "dangling reference in " + table + ": a row refers to one that is not in the archive (" + message
                            + ")",
                    e);
        }
        if (state.equals("23505") || lower.contains("unique constraint") || lower.contains("primary key")) {
            return new ArchiveRefusedException("duplicate id or key in " + table + " (" + message + ")", e);
        }
        return new ArchiveRefusedException("the database refused a row of " + table + ": " + message, e);
    }
}
