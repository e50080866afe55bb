package com.masthead.reprint;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.Rows;
import com.masthead.ticket.Contact;
import com.masthead.ticket.DeskColumns;
import com.masthead.ticket.DeskFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReprintRequestRepository {

    private static final String SELECT = "select id, number, contact_name, outlet, phone, email, medium, intended_use,"
            + " language, terms, valid_from, valid_until, " + DeskColumns.NAMES + " from reprint_request";

    /** The conditions of a staff list; every part is off when its parameter is null. */
    private static final String LIST_CONDITIONS = " " + """
             where (cast(:status as varchar(12)) is null or status = :status)
             and (cast(:assignee as varchar(60)) is null or assignee = :assignee)
             and (cast(:today as varchar(10)) is null or (status in (:open) and due_date < :today))
             and (cast(:article as bigint) is null
               or id in (select request_id from reprint_request_article where article_id = :article))""";

    private final JdbcClient jdbc;

    ReprintRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new request stores; the rest of its row starts empty. */
    record NewRequest(
            String number,
            Contact contact,
            ReprintMedium medium,
            String intendedUse,
            List<ReprintArticle> articles,
            String language,
            LocalDate dueDate,
            Instant now) {}

    long insert(NewRequest r) {
        long id = jdbc.sql("""
                        insert into reprint_request (number, status, outlet, contact_name, phone, email, medium,
                            intended_use, language, due_date, created_at, updated_at, version)
                        values (:number, 'RECEIVED', :outlet, :name, :phone, :email, :medium, :use, :language, :due,
                            :now, :now, 0)
                        returning id""")
                .param("number", r.number())
                .param("outlet", r.contact().organization())
                .param("name", r.contact().name())
                .param("phone", r.contact().phone())
                .param("email", r.contact().email())
                .param("medium", r.medium().name())
                .param("use", r.intendedUse())
                .param("language", r.language())
                .param("due", r.dueDate().toString())
                .param("now", r.now().toEpochMilli())
                .query(Long.class)
                .single();
        int position = 0;
        for (ReprintArticle article : r.articles()) {
            jdbc.sql("""
                            insert into reprint_request_article (request_id, article_id, position, article_title)
                            values (:request, :article, :position, :title)""")
                    .param("request", id)
                    .param("article", article.articleId())
                    .param("position", position++)
                    .param("title", article.title())
                    .update();
        }
        return id;
    }

    Optional<ReprintRequest> find(long id) {
        return withArticles(jdbc.sql(SELECT + " where id = :id")
                        .param("id", id)
                        .query(ReprintRequestRepository::row)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<ReprintRequest> findByNumber(String number) {
        return withArticles(jdbc.sql(SELECT + " where number = :number")
                        .param("number", number)
                        .query(ReprintRequestRepository::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** Saves the changeable part if nobody saved in between; false on a lost race. */
    boolean update(ReprintRequest r) {
        return DeskColumns.bind(
                                jdbc.sql("update reprint_request set " + DeskColumns.SET
                                        + ", terms = :terms, valid_from = :from, valid_until = :until where "
                                        + DeskColumns.SAME_VERSION),
                                r.id(),
                                r.desk())
                        .param("terms", r.terms())
                        .param(
                                "from",
                                r.validFrom() == null ? null : r.validFrom().toString())
                        .param(
                                "until",
                                r.validUntil() == null ? null : r.validUntil().toString())
                        .update()
                == 1;
    }

    PageResult<ReprintRequest> list(ReprintFilter filter, String today, PageRequest request) {
        DeskFilter desk = DeskFilter.of(
                filter.status(),
                filter.assignee(),
                Boolean.TRUE.equals(filter.overdue()),
                ReprintStatus.values(),
                today);
        long total = DeskColumns.bind(jdbc.sql("select count(*) from reprint_request" + LIST_CONDITIONS), desk)
                .param("article", filter.articleId())
                .query(Long.class)
                .single();
        List<ReprintRequestRow> rows = DeskColumns.bind(
                        jdbc.sql(SELECT + LIST_CONDITIONS
                                + " order by created_at desc, id desc limit :limit offset :offset"),
                        desk)
                .param("article", filter.articleId())
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(ReprintRequestRepository::row)
                .list();
        return new PageResult<>(withArticles(rows), request.page(), request.size(), total);
    }

    /** Granted licences that cover the article, newest decision first (at most {@code limit}). */
    List<ReprintRequest> grantedFor(long articleId, int limit) {
        return withArticles(jdbc.sql(SELECT + " " + """
                         where status = 'GRANTED'
                            and id in (select request_id from reprint_request_article where article_id = :article)
                        order by decided_at desc, id desc limit :limit""")
                .param("article", articleId)
                .param("limit", limit)
                .query(ReprintRequestRepository::row)
                .list());
    }

    /** Fills in the articles of the rows with one query. */
    private List<ReprintRequest> withArticles(List<ReprintRequestRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReprintArticle>> byRequest = new LinkedHashMap<>();
        rows.forEach(row -> byRequest.put(row.id(), new ArrayList<>()));
        jdbc.sql("""
                        select request_id, article_id, article_title from reprint_request_article
                        where request_id in (:ids) order by request_id, position""")
                .param("ids", List.copyOf(byRequest.keySet()))
                .query((rs, n) -> {
                    byRequest
                            .get(rs.getLong("request_id"))
                            .add(new ReprintArticle(rs.getLong("article_id"), rs.getString("article_title")));
                    return null;
                })
                .list();
        return rows.stream()
                .map(row -> new ReprintRequest(row.withArticles(byRequest.get(row.id()))))
                .toList();
    }

    private static ReprintRequestRow row(ResultSet rs, int n) throws SQLException {
        return new ReprintRequestRow(
                rs.getLong("id"),
                rs.getString("number"),
                new Contact(
                        rs.getString("contact_name"),
                        rs.getString("outlet"),
                        rs.getString("phone"),
                        rs.getString("email")),
                ReprintMedium.valueOf(rs.getString("medium")),
                rs.getString("intended_use"),
                List.of(),
                rs.getString("language"),
                DeskColumns.read(rs, ReprintStatus.class),
                rs.getString("terms"),
                Rows.date(rs, "valid_from"),
                Rows.date(rs, "valid_until"));
    }
}
