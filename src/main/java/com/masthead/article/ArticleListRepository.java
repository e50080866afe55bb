package com.masthead.article;

import static com.masthead.shared.Rows.date;
import static com.masthead.shared.Rows.instant;
import static com.masthead.shared.Rows.nullableLong;

import com.masthead.media.ImageUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The newsroom's article list (any status, narrowed by a filter and print pages; covered by {@code article_list_ix})
 * and the media library's where-used scan.
 */
@Repository
class ArticleListRepository {

    private static final String SUMMARY_COLUMNS =
            "select id, channel_id, title, status, updated_at, published_at, page_id, url_date, version";

    private final JdbcClient jdbc;

    ArticleListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(ArticleFilter filter, Collection<Long> pageIds) {
        Map<String, Object> params = PublishedArticleRepository.params();
        return jdbc.sql("select count(*) from article where " + matching(filter, pageIds, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The management list's condition: any status, narrowed by the filter and, when given, the print pages. */
    private static String matching(ArticleFilter filter, Collection<Long> pageIds, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("1 = 1");
        if (filter.channelId() != null) {
            where.add("channel_id = :channel");
            params.put("channel", filter.channelId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            where.add("published_at >= :from");
            params.put("from", filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            where.add("published_at < :to");
            params.put("to", filter.to().toEpochMilli());
        }
        if (pageIds != null) {
            where.add(PublishedArticleRepository.inClause("page_id", "p", pageIds, params));
        }
        return String.join(" and ", where);
    }

    List<ArticleSummary> summaries(ArticleFilter filter, Collection<Long> pageIds, int limit, long offset) {
        Map<String, Object> params = PublishedArticleRepository.params();
        return jdbc.sql(SUMMARY_COLUMNS + " from article where " + matching(filter, pageIds, params)
                        + " order by updated_at desc, id desc"
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleListRepository::summary)
                .list();
    }

    /**
     * Articles that show an image as lead picture or whose body contains {@code bodyFragment}. The body match scans
     * every article (no index helps a substring search), so the answer is capped at {@code limit} rows, most
     * recently changed first.
     */
    List<ImageUsage> showingImage(long imageId, String bodyFragment, int limit) {
        return jdbc.sql("""
                        select id, title, status,
                               case when lead_image_id = :id then 1 else 0 end as lead,
                               case when body_html like :pattern then 1 else 0 end as in_body
                        from article
                        where lead_image_id = :id or body_html like :pattern
                        order by updated_at desc, id desc
                        limit :limit""")
                .param("id", imageId)
                .param("pattern", "%" + bodyFragment + "%")
                .param("limit", limit)
                .query((rs, n) -> new ImageUsage(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getInt("lead") != 0,
                        rs.getInt("in_body") != 0))
                .list();
    }

    /**
     * Articles in any status whose title contains {@code text} (case-insensitive for Latin letters), most recently
     * changed first, at most {@code limit}. A substring search scans the table; the limit keeps the answer small.
     */
    List<ArticleSummary> withTitleContaining(String text, int limit) {
        String pattern = "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return jdbc.sql(SUMMARY_COLUMNS + " from article where lower(title) like :pattern escape '\\'"
                        + " order by updated_at desc, id desc limit :limit")
                .param("pattern", pattern)
                .param("limit", limit)
                .query(ArticleListRepository::summary)
                .list();
    }

    /** Articles in any status printed on any of the pages (their main page), by id, at most {@code limit}. */
    List<ArticlePrintText> textsOnPages(Collection<Long> pageIds, int limit) {
        Map<String, Object> params = PublishedArticleRepository.params();
        return texts(PublishedArticleRepository.inClause("page_id", "p", pageIds, params), params, limit);
    }

    /** The articles with these ids in any status, by id, at most {@code limit}. */
    List<ArticlePrintText> textsAmong(Collection<Long> ids, int limit) {
        Map<String, Object> params = PublishedArticleRepository.params();
        return texts(PublishedArticleRepository.inClause("id", "i", ids, params), params, limit);
    }

    private List<ArticlePrintText> texts(String where, Map<String, Object> params, int limit) {
        return jdbc.sql("select id, page_id, kicker, title, subtitle, body_html from article where " + where
                        + " order by id limit :limit")
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new ArticlePrintText(
                        rs.getLong("id"),
                        nullableLong(rs, "page_id"),
                        rs.getString("kicker"),
                        rs.getString("title"),
                        rs.getString("subtitle"),
                        ArticlePrintText.plainText(rs.getString("body_html"))))
                .list();
    }

    private static ArticleSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ArticleSummary(
                rs.getLong("id"),
                rs.getLong("channel_id"),
                rs.getString("title"),
                ArticleStatus.valueOf(rs.getString("status")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                instant(rs, "published_at"),
                nullableLong(rs, "page_id"),
                ArticleUrls.of(rs.getLong("id"), date(rs, "url_date")),
                rs.getInt("version"));
    }
}
