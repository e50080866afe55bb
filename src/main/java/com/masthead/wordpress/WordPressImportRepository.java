package com.masthead.wordpress;

import com.masthead.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code wordpress_import} table. A failure's message is its key followed by its arguments, one per line; the
 * report is JSON ({@link ImportReport}).
 */
@Repository
class WordPressImportRepository {

    private static final String COLUMNS = """
            select id, state, step, done, total, message, file_name, file_bytes, started_by, report, created_at,
                   updated_at
            from wordpress_import
            """;

    private final JdbcClient jdbc;

    WordPressImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String fileName, long fileBytes, String startedBy, long now) {
        return jdbc.sql("""
                        insert into wordpress_import (state, step, done, total, file_name, file_bytes, started_by,
                                                      created_at, updated_at)
                        values ('queued', 'read', 0, 0, :name, :bytes, :by, :now, :now) returning id""")
                .param("name", fileName.length() > 200 ? fileName.substring(0, 200) : fileName)
                .param("bytes", fileBytes)
                .param("by", startedBy)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    void progress(long id, String step, int done, int total, long now) {
        jdbc.sql("""
                        update wordpress_import set state = 'running', step = :step, done = :done, total = :total,
                               updated_at = :now
                        where id = :id""")
                .param("step", step)
                .param("done", done)
                .param("total", total)
                .param("now", now)
                .param("id", id)
                .update();
    }

    void finish(long id, ImportReport report, long now) {
        jdbc.sql("""
                        update wordpress_import set state = 'done', step = 'done', done = total, report = :report,
                               updated_at = :now
                        where id = :id""")
                .param("report", report.toJson())
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
                        update wordpress_import set state = 'failed', step = 'failed', message = :message,
                               updated_at = :now
                        where id = :id""")
                .param("message", message.length() > 1000 ? message.substring(0, 1000) : message)
                .param("now", now)
                .param("id", id)
                .update();
    }

    Optional<ImportProgress> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(WordPressImportRepository::progress)
                .optional();
    }

    List<ImportProgress> recent(int limit) {
        return jdbc.sql(COLUMNS + " order by id desc limit :limit")
                .param("limit", limit)
                .query(WordPressImportRepository::progress)
                .list();
    }

    private static ImportProgress progress(ResultSet rs, int n) throws SQLException {
        String message = rs.getString("message");
        List<String> parts = message == null ? List.of() : Arrays.asList(message.split("\n", -1));
        String report = rs.getString("report");
        return new ImportProgress(
                rs.getLong("id"),
                rs.getString("state"),
                rs.getString("step"),
                rs.getInt("done"),
                rs.getInt("total"),
                parts.isEmpty() ? null : parts.get(0),
                parts.isEmpty() ? List.of() : parts.subList(1, parts.size()),
                rs.getString("file_name"),
                rs.getLong("file_bytes"),
                rs.getString("started_by"),
                report == null ? null : ImportReport.fromJson(report),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
