package com.masthead.comment;

import com.masthead.article.ArticleUrls;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.Rows;
import com.masthead.shared.VersionConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The comment tables: {@code reader_comment}, its history {@code comment_event} and {@code comment_report}. */
@Repository
class CommentRepository {

    private static final String COLUMNS = "c.id, c.article_id, c.channel_id, c.nickname, c.body, c.contact, c.state,"
            + " c.flagged, c.report_count, c.held_for, c.client_address, c.client_fingerprint, c.created_at,"
            + " c.decided_at, c.decided_by, c.reject_reason, c.reject_note, c.version";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new comment as posted: what the reader wrote plus what the posting rules decided. */
    record NewComment(
            long articleId,
            long channelId,
            String nickname,
            String text,
            String contact,
            CommentState state,
            String heldFor,
            String bodyHash,
            Client client,
            Instant at) {}

    long insert(NewComment c) {
        boolean approved = c.state() == CommentState.APPROVED;
        return jdbc.sql("""
                        insert into reader_comment (article_id, channel_id, nickname, body, contact, state, held_for,
                            body_hash, client_address, client_fingerprint, created_at, decided_at, decided_by)
                        values (:article, :channel, :nickname, :body, :contact, :state, :held, :hash, :address,
                            :fingerprint, :at, :decidedAt, :decidedBy)
                        returning id""")
                .param("article", c.articleId())
                .param("channel", c.channelId())
                .param("nickname", c.nickname())
                .param("body", c.text())
                .param("contact", c.contact())
                .param("state", c.state().name())
                .param("held", c.heldFor())
                .param("hash", c.bodyHash())
                .param("address", c.client().address())
                .param("fingerprint", c.client().fingerprint())
                .param("at", c.at().toEpochMilli())
                .param("decidedAt", approved ? c.at().toEpochMilli() : null)
                .param("decidedBy", approved ? "system" : null)
                .query(Long.class)
                .single();
    }

    Optional<CommentRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from reader_comment c where c.id = :id")
                .param("id", id)
                .query(CommentRepository::row)
                .optional();
    }

    /** Saves a changed comment if nobody else saved it since it was loaded. */
    void save(Comment comment) {
        CommentRow r = comment.toRow();
        int updated = jdbc.sql("""
                        update reader_comment set state = :state, flagged = :flagged, report_count = :reports,
                            decided_at = :decidedAt, decided_by = :decidedBy, reject_reason = :reason,
                            reject_note = :note, version = version + 1
                        where id = :id and version = :version""")
                .param("state", r.state().name())
                .param("flagged", r.flagged())
                .param("reports", r.reportCount())
                .param("decidedAt", r.decidedAt() == null ? null : r.decidedAt().toEpochMilli())
                .param("decidedBy", r.decidedBy())
                .param(
                        "reason",
                        r.rejectReason() == null ? null : r.rejectReason().name())
                .param("note", r.rejectNote())
                .param("id", r.id())
                .param("version", r.version())
                .update();
        if (updated == 0) {
            throw new VersionConflictException("comment", r.id(), r.version());
        }
    }

    void recordEvent(long commentId, String action, String actor, String detail, Instant at) {
        jdbc.sql("""
                        insert into comment_event (comment_id, action, actor, detail, at)
                        values (:comment, :action, :actor, :detail, :at)""")
                .param("comment", commentId)
                .param("action", action)
                .param("actor", actor)
                .param("detail", detail)
                .param("at", at.toEpochMilli())
                .update();
    }

    List<CommentEvent> history(long commentId) {
        return jdbc.sql("select action, actor, detail, at from comment_event where comment_id = :id order by id")
                .param("id", commentId)
                .query((rs, n) -> new CommentEvent(
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getString("detail"),
                        Instant.ofEpochMilli(rs.getLong("at"))))
                .list();
    }

    /** Whether this client already posted this text on the article, or anywhere since {@code since}. */
    boolean isDuplicate(long articleId, String address, String bodyHash, Instant since) {
        return jdbc.sql("""
                        select count(*) from reader_comment
                        where body_hash = :hash and client_address = :address
                          and (article_id = :article or created_at >= :since)""")
                        .param("hash", bodyHash)
                        .param("address", address)
                        .param("article", articleId)
                        .param("since", since.toEpochMilli())
                        .query(Long.class)
                        .single()
                > 0;
    }

    long pendingFrom(String address) {
        return jdbc.sql("select count(*) from reader_comment where client_address = :address and state = 'PENDING'")
                .param("address", address)
                .query(Long.class)
                .single();
    }

    /**
     * Adds a report unless this reporter already reported the comment; returns whether it was new. The column
     * {@code client_fingerprint} holds the reporter key ({@link Client#reporterKey}), a hash of the network.
     */
    boolean addReport(long commentId, String fingerprint, Instant at) {
        return jdbc.sql("""
                                insert into comment_report (comment_id, client_fingerprint, at)
                                values (:comment, :fingerprint, :at) on conflict do nothing""")
                        .param("comment", commentId)
                        .param("fingerprint", fingerprint)
                        .param("at", at.toEpochMilli())
                        .update()
                > 0;
    }

    /** Distinct reporters of the comment at or after {@code since} (all of them when null). */
    long reportersSince(long commentId, Instant since) {
        return jdbc.sql("select count(*) from comment_report where comment_id = :comment and at >= :since")
                .param("comment", commentId)
                .param("since", since == null ? -1L : since.toEpochMilli())
                .query(Long.class)
                .single();
    }

    PageResult<QueueRow> queue(CommentFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("1 = 1");
        if (filter.state() != null) {
            where.add("c.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.articleId() != null) {
            where.add("c.article_id = :article");
            params.put("article", filter.articleId());
        }
        if (filter.channelId() != null) {
            where.add("c.channel_id = :channel");
            params.put("channel", filter.channelId());
        }
        if (filter.flagged() != null) {
            where.add("c.flagged = :flagged");
            params.put("flagged", filter.flagged());
        }
        String clause = String.join(" and ", where);
        // The queue is worked oldest first; finished comments are looked up newest first.
        String order = filter.state() == CommentState.PENDING ? "c.created_at, c.id" : "c.created_at desc, c.id desc";
        List<QueueRow> items = jdbc.sql("select " + COLUMNS + ", a.title, a.url_date from reader_comment c"
                        + " join article_ref a on a.id = c.article_id where " + clause + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new QueueRow(row(rs, n), rs.getString("title"), url(rs)))
                .list();
        long total = jdbc.sql("select count(*) from reader_comment c where " + clause)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Optional<QueueRow> findWithArticle(long id) {
        return jdbc.sql("select " + COLUMNS + ", a.title, a.url_date from reader_comment c"
                        + " join article_ref a on a.id = c.article_id where c.id = :id")
                .param("id", id)
                .query((rs, n) -> new QueueRow(row(rs, n), rs.getString("title"), url(rs)))
                .optional();
    }

    record QueueRow(CommentRow comment, String articleTitle, String articleUrl) {}

    /** Approved comments of one article, newest first, with the total in the same query. */
    PageResult<PublicRow> approvedFor(long articleId, PageRequest page) {
        List<Object[]> counted = new ArrayList<>();
        List<PublicRow> items = jdbc.sql("""
                        select c.id, c.article_id, c.channel_id, c.nickname, c.body, c.created_at,
                            count(*) over () as total
                        from reader_comment c
                        where c.article_id = :article and c.state = 'APPROVED'
                        order by c.created_at desc, c.id desc limit :limit offset :offset""")
                .param("article", articleId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> {
                    counted.add(new Object[] {rs.getLong("total")});
                    return new PublicRow(
                            rs.getLong("id"),
                            rs.getLong("article_id"),
                            rs.getLong("channel_id"),
                            rs.getString("nickname"),
                            rs.getString("body"),
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            null,
                            null);
                })
                .list();
        long total = counted.isEmpty() ? countApproved(articleId) : (long) counted.get(0)[0];
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private long countApproved(long articleId) {
        return jdbc.sql("select count(*) from reader_comment where article_id = :article and state = 'APPROVED'")
                .param("article", articleId)
                .query(Long.class)
                .single();
    }

    /** Approved comments on published articles, site-wide, newest first. */
    PageResult<PublicRow> latestApproved(PageRequest page) {
        List<PublicRow> items = jdbc.sql("""
                        select c.id, c.article_id, c.channel_id, c.nickname, c.body, c.created_at, a.title, a.url_date
                        from reader_comment c join article_ref a on a.id = c.article_id
                        where c.state = 'APPROVED' and a.status = 'PUBLISHED'
                        order by c.created_at desc, c.id desc limit :limit offset :offset""")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new PublicRow(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        rs.getLong("channel_id"),
                        rs.getString("nickname"),
                        rs.getString("body"),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        rs.getString("title"),
                        url(rs)))
                .list();
        long total = jdbc.sql("""
                        select count(*) from reader_comment c join article_ref a on a.id = c.article_id
                        where c.state = 'APPROVED' and a.status = 'PUBLISHED'""").query(Long.class).single();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Optional<PublicRow> approvedById(long id) {
        return jdbc.sql("""
                        select c.id, c.article_id, c.channel_id, c.nickname, c.body, c.created_at, a.title, a.url_date
                        from reader_comment c join article_ref a on a.id = c.article_id
                        where c.id = :id and c.state = 'APPROVED' and a.status = 'PUBLISHED'""")
                .param("id", id)
                .query((rs, n) -> new PublicRow(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        rs.getLong("channel_id"),
                        rs.getString("nickname"),
                        rs.getString("body"),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        rs.getString("title"),
                        url(rs)))
                .optional();
    }

    record PublicRow(
            long id,
            long articleId,
            long channelId,
            String nickname,
            String text,
            Instant createdAt,
            String articleTitle,
            String articleUrl) {}

    private static String url(ResultSet rs) throws SQLException {
        LocalDate urlDate = Rows.date(rs, "url_date");
        if (urlDate == null) {
            return null; // never published: no public address
        }
        return ArticleUrls.of(rs.getLong("article_id"), urlDate);
    }

    private static CommentRow row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reject_reason");
        return new CommentRow(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getLong("channel_id"),
                rs.getString("nickname"),
                rs.getString("body"),
                rs.getString("contact"),
                CommentState.valueOf(rs.getString("state")),
                rs.getBoolean("flagged"),
                rs.getInt("report_count"),
                rs.getString("held_for"),
                rs.getString("client_address"),
                rs.getString("client_fingerprint"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Rows.instant(rs, "decided_at"),
                rs.getString("decided_by"),
                reason == null ? null : RejectReason.valueOf(reason),
                rs.getString("reject_note"),
                rs.getInt("version"));
    }
}
