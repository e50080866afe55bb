package com.masthead.ticket;

import com.masthead.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Repository code for the columns every ticket table has alike ({@code status}, {@code assignee}, {@code
 * due_date}, {@code decision_reason}, {@code decided_by}, {@code created_at}, {@code updated_at}, {@code
 * decided_at}, {@code version}): reading them into a {@link DeskRecord} and saving them with the optimistic
 * version check, and binding a {@link DeskFilter}. For the ticket kinds' repositories only.
 */
public final class DeskColumns {

    /** The common columns, for a repository's {@code select} list. */
    public static final String NAMES =
            "status, assignee, due_date, decision_reason, decided_by, created_at, updated_at, decided_at, version";

    /** The {@code set} list for an update; {@link #bind} supplies its parameters and those of the version check. */
    public static final String SET = """
            status = :status, assignee = :assignee, due_date = :due, decision_reason = :reason, \
            decided_by = :decidedBy, updated_at = :updated, decided_at = :decided, version = version + 1""";

    /** The condition that makes an update a no-op when somebody saved in between. */
    public static final String SAME_VERSION = "id = :id and version = :version";

    private DeskColumns() {}

    /** The common columns of the current row; {@code type} is the kind's status enum. */
    public static <S extends Enum<S> & TicketStatus> DeskRecord<S> read(ResultSet rs, Class<S> type)
            throws SQLException {
        return new DeskRecord<>(
                Enum.valueOf(type, rs.getString("status")),
                rs.getString("assignee"),
                Rows.date(rs, "due_date"),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "decided_at"),
                rs.getInt("version"));
    }

    /** Binds {@link #SET} and {@link #SAME_VERSION} for the ticket {@code id} as loaded in {@code desk}. */
    public static StatementSpec bind(StatementSpec update, long id, DeskRecord<?> desk) {
        return update.param("status", desk.status().name())
                .param("assignee", desk.assignee())
                .param("due", desk.dueDate().toString())
                .param("reason", desk.decisionReason())
                .param("decidedBy", desk.decidedBy())
                .param("updated", desk.updatedAt().toEpochMilli())
                .param(
                        "decided",
                        desk.decidedAt() == null ? null : desk.decidedAt().toEpochMilli())
                .param("id", id)
                .param("version", desk.version());
    }

    /**
     * Binds a {@link DeskFilter} to a list query whose conditions use the parameters {@code :status}, {@code
     * :assignee}, {@code :today} (each {@code null} when that part is not asked for) and {@code :open}.
     */
    public static StatementSpec bind(StatementSpec query, DeskFilter filter) {
        return query.param("status", filter.status())
                .param("assignee", filter.assignee())
                .param("today", filter.overdueBefore())
                .param("open", filter.openStatuses());
    }
}
