package com.masthead.search;

import com.masthead.article.ArticleStatus;
import com.masthead.article.ArticleUrls;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads search documents from the article tables, read-only: the index is a projection of them. Batches go by
 * primary-key ranges, so a rebuild of a million articles never holds more than one batch in memory and every query
 * is an index range scan. Catching up follows {@code article_list_ix}, which begins with (updated_at, id).
 */
@Component
class ArticleDocuments implements SearchIndex.DocumentSource {

    static final int BATCH = 500;

    private static final String SELECT = """
            select a.id, a.channel_id, a.status, a.kicker, a.title, a.subtitle, a.summary, a.body_html,
              a.published_at, a.updated_at, a.url_date, a.page_id, p.issue_id
            from article a left join newspaper_page p on p.id = a.page_id
            """;
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h\\d|li|blockquote|figcaption|div)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private final JdbcClient jdbc;

    ArticleDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachBatch(Consumer<List<SearchDocument>> batch) {
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.sql(SELECT + " where a.id > :after order by a.id limit :limit")
                    .param("after", after)
                    .param("limit", BATCH)
                    .query(ArticleDocuments::row)
                    .list();
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(complete(rows));
            after = rows.get(rows.size() - 1).id;
        }
    }

    @Override
    public Optional<SearchDocument> load(long articleId) {
        List<Row> rows = jdbc.sql(SELECT + " where a.id = :id")
                .param("id", articleId)
                .query(ArticleDocuments::row)
                .list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(complete(rows).get(0));
    }

    /** Ids of articles changed at or after {@code (since, afterId)} in change order, at most {@code limit}. */
    List<Change> changedSince(long since, long afterId, int limit) {
        return jdbc.sql("""
                        select id, updated_at from article
                        where updated_at > :since or (updated_at = :since and id > :after)
                        order by updated_at, id limit :limit""")
                .param("since", since)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getLong("updated_at")))
                .list();
    }

    /** All article ids, ascending; and how many are published. For the consistency check. */
    long[] allIds() {
        List<Long> ids =
                jdbc.sql("select id from article order by id").query(Long.class).list();
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    long countPublished() {
        return jdbc.sql("select count(*) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }

    record Change(long id, long updatedAt) {}

    private List<SearchDocument> complete(List<Row> rows) {
        long lo = rows.get(0).id;
        long hi = rows.get(rows.size() - 1).id;
        Map<Long, List<String>> names = grouped(
                "select article_id, name as v from article_byline"
                        + " where article_id between :lo and :hi order by article_id, position",
                lo,
                hi);
        Map<Long, List<String>> tags =
                grouped("select article_id, tag as v from article_tag where article_id between :lo and :hi", lo, hi);
        List<SearchDocument> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new SearchDocument(
                    r.id,
                    r.channelId,
                    r.status,
                    r.kicker,
                    r.title,
                    r.subtitle,
                    r.summary,
                    plainText(r.bodyHtml),
                    names.getOrDefault(r.id, List.of()),
                    tags.getOrDefault(r.id, List.of()),
                    r.publishedAt,
                    r.updatedAt,
                    r.urlDate == null ? null : ArticleUrls.of(r.id, r.urlDate),
                    r.pageId,
                    r.issueId));
        }
        return out;
    }

    private Map<Long, List<String>> grouped(String sql, long lo, long hi) {
        Map<Long, List<String>> out = new HashMap<>();
        jdbc.sql(sql).param("lo", lo).param("hi", hi).query(rs -> {
            out.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                    .add(rs.getString("v"));
        });
        return out;
    }

    /** Text of the cleaned body HTML: block ends become line breaks so words of two paragraphs never join. */
    static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll("");
        return ENTITY.matcher(text)
                .replaceAll(m -> switch (m.group(1)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    default -> {
                        String code = m.group(1);
                        int cp = code.startsWith("#x")
                                ? Integer.parseInt(code.substring(2), 16)
                                : Integer.parseInt(code.substring(1));
                        yield java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(cp)));
                    }
                })
                .strip();
    }

    private record Row(
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
            Long pageId,
            Long issueId) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        long published = rs.getLong("published_at");
        boolean hasPublished = !rs.wasNull();
        String urlDate = rs.getString("url_date");
        long pageId = rs.getLong("page_id");
        boolean hasPage = !rs.wasNull();
        long issueId = rs.getLong("issue_id");
        boolean hasIssue = !rs.wasNull();
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
                hasPage ? pageId : null,
                hasIssue ? issueId : null);
    }
}
