package com.masthead.epaper;

import com.masthead.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code epaper_intake} table. A failure's message is stored as its message key followed by its arguments,
 * one per line, and shown in the reader's language.
 */
@Repository
class IntakeRepository {

    private static final String COLUMNS = """
            select id, issue_id, state, step, done, total, message, file_name, file_bytes, started_by, created_at,
                   updated_at
            from epaper_intake
            """;

    private final JdbcClient jdbc;

    IntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(IntakeRequest request, long fileBytes, long now) {
        return jdbc.sql("""
                        insert into epaper_intake (issue_id, state, step, done, total, file_name, file_bytes,
                                                   started_by, created_at, updated_at)
                        values (:issue, 'queued', 'inspect', 0, 0, :name, :bytes, :staff, :now, :now) returning id""")
                .param("issue", request.issueId())
                .param("name", request.fileName())
                .param("bytes", fileBytes)
                .param("staff", request.staffId())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    void progress(long id, String step, int done, int total, long now) {
        jdbc.sql("""
                        update epaper_intake set state = 'running', step = :step, done = :done, total = :total,
                               updated_at = :now
                        where id = :id""")
                .param("step", step)
                .param("done", done)
                .param("total", total)
                .param("now", now)
                .param("id", id)
                .update();
    }

    void finish(long id, long now) {
        jdbc.sql(
                        "update epaper_intake set state = 'done', step = 'done', done = total, updated_at = :now where id = :id")
                .param("now", now)
                .param("id", id)
                .update();
    }

    void fail(long id, String messageKey, List<String> arguments, long now) {
        String message = String.join(
                "\n",
                java.util.stream.Stream.concat(java.util.stream.Stream.of(messageKey), arguments.stream())
                        .toList());
        jdbc.sql("""
                        update epaper_intake set state = 'failed', step = 'failed', message = :message,
                               updated_at = :now
                        where id = :id""")
                .param("message", message.length() > 1000 ? message.substring(0, 1000) : message)
                .param("now", now)
                .param("id", id)
                .update();
    }

    Optional<IntakeProgress> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(IntakeRepository::progress)
                .optional();
    }

    /** An issue's latest intakes, newest first. */
    List<IntakeProgress> ofIssue(long issueId, int limit) {
        return jdbc.sql(COLUMNS + " where issue_id = :issue order by id desc limit :limit")
                .param("issue", issueId)
                .param("limit", limit)
                .query(IntakeRepository::progress)
                .list();
    }

    private static IntakeProgress progress(ResultSet rs, int n) throws SQLException {
        String message = rs.getString("message");
        List<String> parts = message == null ? List.of() : Arrays.asList(message.split("\n", -1));
        return new IntakeProgress(
                rs.getLong("id"),
                rs.getLong("issue_id"),
                IntakeState.ofCode(rs.getString("state")),
                rs.getString("step"),
                rs.getInt("done"),
                rs.getInt("total"),
                parts.isEmpty() ? null : parts.get(0),
                parts.isEmpty() ? List.of() : parts.subList(1, parts.size()),
                rs.getString("file_name"),
                rs.getLong("file_bytes"),
                Rows.nullableLong(rs, "started_by"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
