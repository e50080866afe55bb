package com.masthead.edition;

import com.masthead.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EditionRepository {

    private static final String PLACEMENT_SELECT = """
            select n.id as newspaper_id, n.name as newspaper_name, n.slug as newspaper_slug,
                   i.id as issue_id, i.issue_date, i.issue_number, p.id as page_id, p.number as page_number,
                   p.name as page_name, p.label as page_label
            from newspaper_page p
            join newspaper_issue i on i.id = p.issue_id
            join newspaper n on n.id = i.newspaper_id
            """;

    private final JdbcClient jdbc;

    EditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Newspaper> newspapers() {
        return jdbc.sql("select id, name, slug, description, version from newspaper order by id")
                .query(EditionRepository::newspaper)
                .list();
    }

    Optional<Newspaper> newspaper(long id) {
        return jdbc.sql("select id, name, slug, description, version from newspaper where id = :id")
                .param("id", id)
                .query(EditionRepository::newspaper)
                .optional();
    }

    Optional<Newspaper> newspaperBySlug(String slug) {
        return jdbc.sql("select id, name, slug, description, version from newspaper where slug = :slug")
                .param("slug", slug)
                .query(EditionRepository::newspaper)
                .optional();
    }

    long insertNewspaper(NewspaperDraft d, long now) {
        return jdbc.sql("""
                        insert into newspaper (name, slug, description, created_at, updated_at)
                        values (:name, :slug, :description, :now, :now) returning id""")
                .param("name", d.name().strip())
                .param("slug", d.slug())
                .param("description", d.description())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    boolean updateNewspaper(long id, int version, NewspaperDraft d, long now) {
        return jdbc.sql("""
                        update newspaper set name = :name, slug = :slug, description = :description,
                               updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                        .param("name", d.name().strip())
                        .param("slug", d.slug())
                        .param("description", d.description())
                        .param("now", now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    List<NewspaperIssue> issues(long newspaperId, int limit, long offset) {
        return jdbc.sql("""
                        select id, newspaper_id, issue_date, issue_number, status, go_live_at, version from newspaper_issue
                        where newspaper_id = :paper order by issue_date desc limit :limit offset :offset""")
                .param("paper", newspaperId)
                .param("limit", limit)
                .param("offset", offset)
                .query(EditionRepository::issue)
                .list();
    }

    long countIssues(long newspaperId) {
        return jdbc.sql("select count(*) from newspaper_issue where newspaper_id = :paper")
                .param("paper", newspaperId)
                .query(Long.class)
                .single();
    }

    Optional<NewspaperIssue> issue(long id) {
        return jdbc.sql(
                        "select id, newspaper_id, issue_date, issue_number, status, go_live_at, version from newspaper_issue where id = :id")
                .param("id", id)
                .query(EditionRepository::issue)
                .optional();
    }

    Optional<NewspaperIssue> issueOn(long newspaperId, LocalDate date) {
        return jdbc.sql("""
                        select id, newspaper_id, issue_date, issue_number, status, go_live_at, version from newspaper_issue
                        where newspaper_id = :paper and issue_date = :date""")
                .param("paper", newspaperId)
                .param("date", date.toString())
                .query(EditionRepository::issue)
                .optional();
    }

    long insertIssue(long newspaperId, IssueDraft d, long now) {
        return jdbc.sql("""
                        insert into newspaper_issue (newspaper_id, issue_date, issue_number, status, created_at,
                                                     updated_at)
                        values (:paper, :date, :number, :status, :now, :now) returning id""")
                .param("paper", newspaperId)
                .param("date", d.date().toString())
                .param("number", d.number())
                .param("status", d.initialStatus().code())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    boolean updateIssue(long id, int version, IssueDraft d, long now) {
        return jdbc.sql("""
                        update newspaper_issue set issue_date = :date, issue_number = :number, updated_at = :now,
                               version = version + 1
                        where id = :id and version = :version""")
                        .param("date", d.date().toString())
                        .param("number", d.number())
                        .param("now", now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Sets an issue's status and go-live instant when its version still matches; false when someone changed it. */
    boolean updateGoLive(long id, int version, IssueStatus status, Instant goLiveAt, long now) {
        return jdbc.sql("""
                        update newspaper_issue set status = :status, go_live_at = :at, updated_at = :now,
                               version = version + 1
                        where id = :id and version = :version""")
                        .param("status", status.code())
                        .param("at", goLiveAt == null ? null : goLiveAt.toEpochMilli())
                        .param("now", now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Prepared issues whose go-live instant is at or before {@code now}, oldest first. */
    List<NewspaperIssue> dueToGoLive(Instant now, int limit) {
        return jdbc.sql("""
                        select id, newspaper_id, issue_date, issue_number, status, go_live_at, version from newspaper_issue
                        where status = 'preparing' and go_live_at <= :now order by go_live_at limit :limit""")
                .param("now", now.toEpochMilli())
                .param("limit", limit)
                .query(EditionRepository::issue)
                .list();
    }

    List<NewspaperPage> pages(long issueId) {
        return jdbc.sql(
                        "select id, issue_id, number, name, label, section, editor, version from newspaper_page where issue_id = :issue order by number")
                .param("issue", issueId)
                .query(EditionRepository::page)
                .list();
    }

    Optional<NewspaperPage> page(long id) {
        return jdbc.sql(
                        "select id, issue_id, number, name, label, section, editor, version from newspaper_page where id = :id")
                .param("id", id)
                .query(EditionRepository::page)
                .optional();
    }

    long insertPage(long issueId, PageDraft d, long now) {
        return jdbc.sql("""
                        insert into newspaper_page (issue_id, number, name, label, section, editor, created_at, updated_at)
                        values (:issue, :number, :name, :label, :section, :editor, :now, :now) returning id""")
                .param("issue", issueId)
                .param("number", d.number())
                .param("name", d.name().strip())
                .param("label", d.label())
                .param("section", d.section())
                .param("editor", d.editor())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    boolean updatePage(long id, int version, PageDraft d, long now) {
        return jdbc.sql("""
                        update newspaper_page set number = :number, name = :name, label = :label, section = :section,
                               editor = :editor, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                        .param("number", d.number())
                        .param("name", d.name().strip())
                        .param("label", d.label())
                        .param("section", d.section())
                        .param("editor", d.editor())
                        .param("now", now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    Optional<PrintPlacement> placement(long pageId) {
        return jdbc.sql(PLACEMENT_SELECT + " where p.id = :id")
                .param("id", pageId)
                .query(EditionRepository::placement)
                .optional();
    }

    boolean pageNumberTaken(long issueId, int number, Long exceptPageId) {
        return jdbc.sql(
                                "select count(*) from newspaper_page where issue_id = :issue and number = :number and id <> :except")
                        .param("issue", issueId)
                        .param("number", number)
                        .param("except", exceptPageId == null ? -1L : exceptPageId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Newspaper newspaper(ResultSet rs, int n) throws SQLException {
        return new Newspaper(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getString("description"),
                rs.getInt("version"));
    }

    private static NewspaperIssue issue(ResultSet rs, int n) throws SQLException {
        return new NewspaperIssue(
                rs.getLong("id"),
                rs.getLong("newspaper_id"),
                LocalDate.parse(rs.getString("issue_date")),
                Rows.nullableInt(rs, "issue_number"),
                IssueStatus.ofCode(rs.getString("status")),
                Rows.instant(rs, "go_live_at"),
                rs.getInt("version"));
    }

    private static NewspaperPage page(ResultSet rs, int n) throws SQLException {
        return new NewspaperPage(
                rs.getLong("id"),
                rs.getLong("issue_id"),
                rs.getInt("number"),
                rs.getString("name"),
                rs.getString("label"),
                rs.getString("section"),
                rs.getString("editor"),
                rs.getInt("version"));
    }

    private static PrintPlacement placement(ResultSet rs, int n) throws SQLException {
        return new PrintPlacement(
                rs.getLong("newspaper_id"),
                rs.getString("newspaper_name"),
                rs.getString("newspaper_slug"),
                rs.getLong("issue_id"),
                LocalDate.parse(rs.getString("issue_date")),
                Rows.nullableInt(rs, "issue_number"),
                rs.getLong("page_id"),
                rs.getInt("page_number"),
                rs.getString("page_name"),
                rs.getString("page_label"));
    }
}
