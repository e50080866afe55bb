package com.masthead.mail;

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
class MailOutboxRepository {

    private static final int MAX_ERROR = 500;
    private static final String SELECT = "select id, recipient, subject, body, reference, status, attempts,"
            + " next_attempt_at, last_error, created_at, sent_at from mail_outbox";

    private final JdbcClient jdbc;

    MailOutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OutgoingMail mail, long now) {
        return jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body, reference, status, attempts,
                            next_attempt_at, created_at)
                        values (:recipient, :subject, :body, :reference, 'PENDING', 0, :now, :now)
                        returning id""")
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("reference", mail.reference())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** Pending mail whose next attempt is due, oldest first. */
    List<QueuedMail> due(long now, int limit) {
        return jdbc.sql(SELECT + " " + """
                         where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit""")
                .param("now", now)
                .param("limit", limit)
                .query(MailOutboxRepository::row)
                .list();
    }

    /** How many mails were sent at or after {@code since} (epoch millis), by any instance. */
    long sentSince(long since) {
        return jdbc.sql("select count(*) from mail_outbox where status = 'SENT' and sent_at >= :since")
                .param("since", since)
                .query(Long.class)
                .single();
    }

    /**
     * Takes a due mail for one attempt: counts the attempt and moves its next attempt to {@code leaseUntil}, so
     * that no other dispatcher (another instance) sends it meanwhile. False when someone else took it first.
     */
    boolean claim(long id, long seenNextAttempt, long leaseUntil) {
        return jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, next_attempt_at = :lease
                        where id = :id and status = 'PENDING' and next_attempt_at = :seen""")
                        .param("lease", leaseUntil)
                        .param("id", id)
                        .param("seen", seenNextAttempt)
                        .update()
                == 1;
    }

    void markSent(long id, long now) {
        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = :now, last_error = null where id = :id")
                .param("now", now)
                .param("id", id)
                .update();
    }

    void markRetry(long id, long nextAttempt, String error) {
        jdbc.sql("update mail_outbox set next_attempt_at = :next, last_error = :error where id = :id")
                .param("next", nextAttempt)
                .param("error", cut(error))
                .param("id", id)
                .update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = :error where id = :id")
                .param("error", cut(error))
                .param("id", id)
                .update();
    }

    /** Puts a failed mail back in line for a fresh round of attempts. */
    boolean requeue(long id, long now) {
        return jdbc.sql("""
                        update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
                        where id = :id and status = 'FAILED'""").param("now", now).param("id", id).update() == 1;
    }

    Optional<QueuedMail> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(MailOutboxRepository::row)
                .optional();
    }

    PageResult<QueuedMail> list(MailStatus status, PageRequest request) {
        String where = status == null ? "" : " where status = :status";
        var select = jdbc.sql(SELECT + where + " order by id desc limit :limit offset :offset")
                .param("limit", request.size())
                .param("offset", request.offset());
        var count = jdbc.sql("select count(*) from mail_outbox" + where);
        if (status != null) {
            select = select.param("status", status.name());
            count = count.param("status", status.name());
        }
        return new PageResult<>(
                select.query(MailOutboxRepository::row).list(),
                request.page(),
                request.size(),
                count.query(Long.class).single());
    }

    private static String cut(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static QueuedMail row(ResultSet rs, int n) throws SQLException {
        return new QueuedMail(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("reference"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Rows.instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "sent_at"));
    }
}
