package com.masthead.article;

import com.masthead.staff.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Revisions (full content as JSON, one row per save) and review steps of articles. Rows are only ever added; the
 * one update marks sign-offs void.
 */
@Repository
class ArticleHistoryRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ArticleHistoryRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertRevision(
            long articleId, int number, ArticleContent content, StaffMember author, String note, Instant at) {
        jdbc.sql("""
                        insert into article_revision
                            (article_id, number, content, author_login, author_name, created_at, note)
                        values (:article, :number, :content, :login, :name, :at, :note)""")
                .param("article", articleId)
                .param("number", number)
                .param("content", json.writeValueAsString(content))
                .param("login", author.login())
                .param("name", author.realName())
                .param("at", at.toEpochMilli())
                .param("note", note)
                .update();
    }

    Optional<ArticleRevision> revision(long articleId, int number) {
        return jdbc.sql(
                        "select article_id, number, content, author_login, author_name, created_at, note from article_revision"
                                + " where article_id = :article and number = :number")
                .param("article", articleId)
                .param("number", number)
                .query(this::revision)
                .optional();
    }

    /** Newest first, without loading the content (the list screen needs only who and when). */
    List<ArticleRevision> revisions(long articleId) {
        return jdbc.sql("""
                        select article_id, number, author_login, author_name, created_at, note
                        from article_revision where article_id = :article order by number desc""")
                .param("article", articleId)
                .query((rs, n) -> new ArticleRevision(
                        rs.getLong("article_id"),
                        rs.getInt("number"),
                        null,
                        rs.getString("author_login"),
                        rs.getString("author_name"),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        rs.getString("note")))
                .list();
    }

    void insertStep(long articleId, ReviewStep step) {
        jdbc.sql("""
                        insert into article_review_step (article_id, revision, action, level, actor_login,
                            actor_name, reason, edited, valid, at)
                        values (:article, :revision, :action, :level, :login, :name, :reason, :edited, :valid, :at)""")
                .param("article", articleId)
                .param("revision", step.revision())
                .param("action", step.action().name())
                .param("level", step.level())
                .param("login", step.actorLogin())
                .param("name", step.actorName())
                .param("reason", step.reason())
                .param("edited", step.edited())
                .param("valid", step.valid())
                .param("at", step.at().toEpochMilli())
                .update();
    }

    void voidSignOffs(long articleId) {
        jdbc.sql(
                        "update article_review_step set valid = false where article_id = :article and valid and action = 'APPROVED'")
                .param("article", articleId)
                .update();
    }

    /** Oldest first. */
    List<ReviewStep> steps(long articleId) {
        return jdbc.sql("select revision, action, level, actor_login, actor_name, reason, edited, valid, at"
                        + " from article_review_step where article_id = :article order by id")
                .param("article", articleId)
                .query((rs, n) -> new ReviewStep(
                        rs.getInt("revision"),
                        ReviewAction.valueOf(rs.getString("action")),
                        (Integer) rs.getObject("level") == null ? null : rs.getInt("level"),
                        rs.getString("actor_login"),
                        rs.getString("actor_name"),
                        rs.getString("reason"),
                        rs.getBoolean("edited"),
                        rs.getBoolean("valid"),
                        Instant.ofEpochMilli(rs.getLong("at"))))
                .list();
    }

    private ArticleRevision revision(ResultSet rs, int n) throws SQLException {
        return new ArticleRevision(
                rs.getLong("article_id"),
                rs.getInt("number"),
                json.readValue(rs.getString("content"), ArticleContent.class),
                rs.getString("author_login"),
                rs.getString("author_name"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                rs.getString("note"));
    }
}
