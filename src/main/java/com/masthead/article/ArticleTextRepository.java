package com.masthead.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The article tables read for {@link ArticleTexts}: whole articles by id ranges, and their bylines and tags. */
@Repository
class ArticleTextRepository {

    private static final String SELECT = "select id, channel_id, status, kicker, title, subtitle, summary, body_html,"
            + " published_at, updated_at, url_date, page_id from article";

    private final JdbcClient jdbc;

    ArticleTextRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            long id,
            long channelId,
            ArticleStatus status,
            String kicker,
            String title,
            String subtitle,
            String summary,
            String bodyHtml,
            Instant publishedAt,
            Instant updatedAt,
            LocalDate urlDate,
            Long pageId) {}

    List<Row> rowsAfter(long afterId, int limit) {
        return jdbc.sql(SELECT + " where id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(ArticleTextRepository::row)
                .list();
    }

    List<Row> row(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ArticleTextRepository::row)
                .list();
    }

    long[] allIds() {
        return jdbc.sql("select id from article order by id").query(Long.class).list().stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    long countPublished() {
        return jdbc.sql("select count(*) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }

    /** Article id → byline names in byline order, for the ids {@code lo} to {@code hi}. */
    Map<Long, List<String>> bylineNames(long lo, long hi) {
        return grouped(
                "select article_id, name as v from article_byline"
                        + " where article_id between :lo and :hi order by article_id, position",
                lo,
                hi);
    }

    Map<Long, List<String>> tags(long lo, long hi) {
        return grouped("select article_id, tag as v from article_tag where article_id between :lo and :hi", lo, hi);
    }

    private Map<Long, List<String>> grouped(String sql, long lo, long hi) {
        Map<Long, List<String>> out = new HashMap<>();
        jdbc.sql(sql).param("lo", lo).param("hi", hi).query(rs -> {
            out.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                    .add(rs.getString("v"));
        });
        return out;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long published = rs.getLong("published_at");
        boolean hasPublished = !rs.wasNull();
        String urlDate = rs.getString("url_date");
        long pageId = rs.getLong("page_id");
        boolean hasPage = !rs.wasNull();
        return new Row(
                rs.getLong("id"),
                rs.getLong("channel_id"),
                ArticleStatus.valueOf(rs.getString("status")),
                rs.getString("kicker"),
                rs.getString("title"),
                rs.getString("subtitle"),
                rs.getString("summary"),
                rs.getString("body_html"),
                hasPublished ? Instant.ofEpochMilli(published) : null,
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                urlDate == null ? null : LocalDate.parse(urlDate),
                hasPage ? pageId : null);
    }
}
