package com.masthead.correction;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.Rows;
import com.masthead.ticket.AttachmentType;
import com.masthead.ticket.Contact;
import com.masthead.ticket.DeskColumns;
import com.masthead.ticket.DeskFilter;
import com.masthead.ticket.StoredAttachment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CorrectionRequestRepository {

    private static final String SELECT = "select id, number, article_id, article_title, requester_name, organization,"
            + " phone, email, problem, requested_change, attachment_name, attachment_type, attachment_size, language,"
            + " note, published_at, " + DeskColumns.NAMES + " from correction_request";

    /** The conditions of a staff list; every part is off when its parameter is null. */
    private static final String LIST_CONDITIONS = " " + """
             where (cast(:status as varchar(12)) is null or status = :status)
             and (cast(:assignee as varchar(60)) is null or assignee = :assignee)
             and (cast(:today as varchar(10)) is null or (status in (:open) and due_date < :today))
             and (cast(:article as bigint) is null or article_id = :article)""";

    private final JdbcClient jdbc;

    CorrectionRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new request stores; the rest of its row starts empty. */
    record NewRequest(
            String number,
            long articleId,
            String articleTitle,
            Contact requester,
            String problem,
            String requestedChange,
            StoredAttachment attachment,
            String language,
            LocalDate dueDate,
            Instant now) {}

    long insert(NewRequest r) {
        StoredAttachment a = r.attachment();
        return jdbc.sql("""
                        insert into correction_request (number, article_id, article_title, status, requester_name,
                            organization, phone, email, problem, requested_change, attachment_name, attachment_type,
                            attachment_size, language, due_date, created_at, updated_at, version)
                        values (:number, :article, :title, 'RECEIVED', :name, :organization, :phone, :email,
                            :problem, :change, :attachmentName, :attachmentType, :attachmentSize, :language, :due,
                            :now, :now, 0)
                        returning id""")
                .param("number", r.number())
                .param("article", r.articleId())
                .param("title", r.articleTitle())
                .param("name", r.requester().name())
                .param("organization", r.requester().organization())
                .param("phone", r.requester().phone())
                .param("email", r.requester().email())
                .param("problem", r.problem())
                .param("change", r.requestedChange())
                .param("attachmentName", a == null ? null : a.storedName())
                .param("attachmentType", a == null ? null : a.type().name())
                .param("attachmentSize", a == null ? null : a.size())
                .param("language", r.language())
                .param("due", r.dueDate().toString())
                .param("now", r.now().toEpochMilli())
                .query(Long.class)
                .single();
    }

    Optional<CorrectionRequest> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(CorrectionRequestRepository::row)
                .optional()
                .map(CorrectionRequest::new);
    }

    Optional<CorrectionRequest> findByNumber(String number) {
        return jdbc.sql(SELECT + " where number = :number")
                .param("number", number)
                .query(CorrectionRequestRepository::row)
                .optional()
                .map(CorrectionRequest::new);
    }

    /** Saves the changeable part if nobody saved in between; false on a lost race. */
    boolean update(CorrectionRequest r) {
        return DeskColumns.bind(
                                jdbc.sql("update correction_request set " + DeskColumns.SET
                                        + ", note = :note, published_at = :published where "
                                        + DeskColumns.SAME_VERSION),
                                r.id(),
                                r.desk())
                        .param("note", r.note())
                        .param(
                                "published",
                                r.publishedAt() == null ? null : r.publishedAt().toEpochMilli())
                        .update()
                == 1;
    }

    List<CorrectionRequest> withStatus(long articleId, CorrectionStatus status) {
        return jdbc
                .sql(SELECT + " where article_id = :article and status = :status order by id")
                .param("article", articleId)
                .param("status", status.name())
                .query(CorrectionRequestRepository::row)
                .list()
                .stream()
                .map(CorrectionRequest::new)
                .toList();
    }

    /** Published notes of one article, oldest first (the order they are printed in). */
    List<CorrectionNote> notes(long articleId) {
        return jdbc.sql("""
                        select number, article_id, note, published_at from correction_request
                        where article_id = :article and status = 'PUBLISHED' order by published_at, id""")
                .param("article", articleId)
                .query(CorrectionRequestRepository::note)
                .list();
    }

    /** Which of these articles have at least one published note; one query. */
    java.util.Set<Long> withNotes(java.util.Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("""
                        select distinct article_id from correction_request
                        where article_id in (:articles) and status = 'PUBLISHED'""").param("articles", articleIds).query(Long.class).list());
    }

    /** Every published note, newest first. */
    PageResult<CorrectionNote> published(PageRequest request) {
        List<CorrectionNote> notes = jdbc.sql("""
                        select number, article_id, note, published_at from correction_request
                        where status = 'PUBLISHED' order by published_at desc, id desc limit :limit offset :offset""")
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(CorrectionRequestRepository::note)
                .list();
        long total = jdbc.sql("select count(*) from correction_request where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        return new PageResult<>(notes, request.page(), request.size(), total);
    }

    PageResult<CorrectionRequest> list(CorrectionFilter filter, String today, PageRequest request) {
        DeskFilter desk = DeskFilter.of(
                filter.status(),
                filter.assignee(),
                Boolean.TRUE.equals(filter.overdue()),
                CorrectionStatus.values(),
                today);
        List<CorrectionRequest> items = DeskColumns.bind(
                        jdbc.sql(SELECT + LIST_CONDITIONS
                                + " order by created_at desc, id desc limit :limit offset :offset"),
                        desk)
                .param("article", filter.articleId())
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(CorrectionRequestRepository::row)
                .list()
                .stream()
                .map(CorrectionRequest::new)
                .toList();
        long total = DeskColumns.bind(jdbc.sql("select count(*) from correction_request" + LIST_CONDITIONS), desk)
                .param("article", filter.articleId())
                .query(Long.class)
                .single();
        return new PageResult<>(items, request.page(), request.size(), total);
    }

    private static CorrectionNote note(ResultSet rs, int n) throws SQLException {
        return new CorrectionNote(
                rs.getString("number"),
                rs.getLong("article_id"),
                rs.getString("note"),
                Rows.instant(rs, "published_at"));
    }

    private static CorrectionRequestRow row(ResultSet rs, int n) throws SQLException {
        String attachmentName = rs.getString("attachment_name");
        return new CorrectionRequestRow(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("article_id"),
                rs.getString("article_title"),
                new Contact(
                        rs.getString("requester_name"),
                        rs.getString("organization"),
                        rs.getString("phone"),
                        rs.getString("email")),
                rs.getString("problem"),
                rs.getString("requested_change"),
                attachmentName == null
                        ? null
                        : new StoredAttachment(
                                attachmentName,
                                AttachmentType.valueOf(rs.getString("attachment_type")),
                                rs.getLong("attachment_size")),
                rs.getString("language"),
                DeskColumns.read(rs, CorrectionStatus.class),
                rs.getString("note"),
                Rows.instant(rs, "published_at"));
    }
}
