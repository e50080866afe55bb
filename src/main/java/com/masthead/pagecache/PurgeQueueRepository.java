package com.masthead.pagecache;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PurgeQueueRepository {

    private static final int MAX_ERROR = 500;
    private static final String SELECT = "select id, url, status, attempts, next_attempt_at, last_error, created_at,"
            + " failed_at from purge_request";

    private final JdbcClient jdbc;

    PurgeQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a purge of {@code url}, unless one is already waiting for its first attempt; true when queued. */
    boolean insert(String url, long now) {
        return jdbc.sql("""
                        insert into purge_request (url, status, attempts, next_attempt_at, created_at)
                        select :url, 'PENDING', 0, :now, :now
                        where not exists (select 1 from purge_request
                            where url = :url and status = 'PENDING' and attempts = 0)""").param("url", url).param("now", now).update() == 1;
    }

    /** Pending purges whose next attempt is due, oldest first. */
    List<QueuedPurge> due(long now, int limit) {
        return jdbc.sql(SELECT + " where status = 'PENDING' and next_attempt_at <= :now"
                        + " order by next_attempt_at, id limit :limit")
                .param("now", now)
                .param("limit", limit)
                .query(PurgeQueueRepository::row)
                .list();
    }

    /**
     * Takes a due purge for one attempt: counts the attempt and moves its next attempt to {@code leaseUntil}, so that
     * no other instance sends it meanwhile. False when another instance took it first.
     */
    boolean claim(long id, long seenNextAttempt, long leaseUntil) {
        return jdbc.sql("""
                        update purge_request set attempts = attempts + 1, next_attempt_at = :lease
                        where id = :id and status = 'PENDING' and next_attempt_at = :seen""")
                        .param("lease", leaseUntil)
                        .param("id", id)
                        .param("seen", seenNextAttempt)
                        .update()
                == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from purge_request where id = :id").param("id", id).update();
    }

    void markRetry(long id, long nextAttempt, String error) {
        jdbc.sql("update purge_request set next_attempt_at = :next, last_error = :error where id = :id")
                .param("next", nextAttempt)
                .param("error", cut(error))
                .param("id", id)
                .update();
    }

    void markFailed(long id, long now, String error) {
        jdbc.sql("update purge_request set status = 'FAILED', failed_at = :now, last_error = :error where id = :id")
                .param("now", now)
                .param("error", cut(error))
                .param("id", id)
                .update();
    }

    /** Puts a failed purge back in line for a fresh round of attempts; false when there is no such failed purge. */
    boolean requeue(long id, long now) {
        return jdbc.sql("""
                        update purge_request set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                            failed_at = null
                        where id = :id and status = 'FAILED'""").param("now", now).param("id", id).update() == 1;
    }

    /** Drops a failed purge; false when there is no such failed purge. */
    boolean discard(long id) {
        return jdbc.sql("delete from purge_request where id = :id and status = 'FAILED'")
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<QueuedPurge> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(PurgeQueueRepository::row)
                .optional();
    }

    long count(PurgeStatus status) {
        return jdbc.sql("select count(*) from purge_request where status = :status")
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    /** Purges of one status, the latest failure (or the newest request) first. */
    PageResult<QueuedPurge> list(PurgeStatus status, PageRequest request) {
        List<QueuedPurge> items = jdbc.sql(SELECT + " where status = :status"
                        + " order by failed_at desc, id desc limit :limit offset :offset")
                .param("status", status.name())
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(PurgeQueueRepository::row)
                .list();
        return new PageResult<>(items, request.page(), request.size(), count(status));
    }

    private static String cut(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static QueuedPurge row(ResultSet rs, int n) throws SQLException {
        return new QueuedPurge(
                rs.getLong("id"),
                rs.getString("url"),
                PurgeStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Rows.instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "failed_at"));
    }
}
