package com.masthead.article;

import static com.masthead.shared.Rows.date;
import static com.masthead.shared.Rows.instant;
import static com.masthead.shared.Rows.nullableInt;
import static com.masthead.shared.Rows.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published articles as readers' pages list them (teasers, newest first, by channel, series or print page) and as
 * feeds, sitemaps and other modules' read API need them. Every list is bounded and follows an index on {@code
 * (status, published_at)} or {@code (channel_id, status, published_at)}.
 */
@Repository
class PublishedArticleRepository {

    private static final String PUBLISHED = "status = 'PUBLISHED'";
    private static final String NEWEST = "published_at desc, id desc";

    static final String TEASER_COLUMNS =
            "id, channel_id, kicker, title, summary, published_at, url_date, lead_image_id, series_id, series_part, page_id";

    private final JdbcClient jdbc;

    PublishedArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArticleTeaser> latestPublished(int limit) {
        return teasers(PUBLISHED, params(), NEWEST, limit, 0);
    }

    List<ArticleTeaser> latestPublishedWithImage(int limit) {
        return teasers(PUBLISHED + " and lead_image_id is not null", params(), NEWEST, limit, 0);
    }

    List<ArticleTeaser> publishedInChannels(Collection<Long> channelIds, int limit, long offset) {
        Map<String, Object> params = params();
        return teasers(inChannels(channelIds, params), params, NEWEST, limit, offset);
    }

    /** The number of published articles in the channels, or {@code limit} if there are at least that many. */
    long countPublishedInChannelsUpTo(Collection<Long> channelIds, long limit) {
        Map<String, Object> params = params();
        return jdbc.sql("select count(*) from (select 1 from article where " + inChannels(channelIds, params)
                        + " limit :countLimit) capped")
                .params(params)
                .param("countLimit", limit)
                .query(Long.class)
                .single();
    }

    List<ArticleTeaser> publishedInSeries(long seriesId, int limit) {
        Map<String, Object> params = params();
        params.put("series", seriesId);
        return teasers(PUBLISHED + " and series_id = :series", params, "series_part, id", limit, 0);
    }

    List<ArticleTeaser> publishedOnPages(Collection<Long> pageIds, int limit) {
        Map<String, Object> params = params();
        String where = PUBLISHED + " and " + inClause("page_id", "p", pageIds, params);
        return teasers(where, params, "page_id, published_at, id", limit, 0);
    }

    List<ArticleTeaser> publishedInChannelExcept(long channelId, long exceptId, int limit) {
        Map<String, Object> params = params();
        params.put("channel", channelId);
        params.put("self", exceptId);
        return teasers(PUBLISHED + " and channel_id = :channel and id <> :self", params, NEWEST, limit, 0);
    }

    private static String inChannels(Collection<Long> channelIds, Map<String, Object> params) {
        return PUBLISHED + " and " + inClause("channel_id", "c", channelIds, params);
    }

    private List<ArticleTeaser> teasers(
            String where, Map<String, Object> params, String order, int limit, long offset) {
        return jdbc.sql("select " + TEASER_COLUMNS + " from article where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(PublishedArticleRepository::teaser)
                .list();
    }

    List<PublishedArticle> publishedAmong(Collection<Long> ids) {
        Map<String, Object> params = params();
        return jdbc.sql("select id, title, url_date, published_at, updated_at from article where status = 'PUBLISHED'"
                        + " and " + inClause("id", "i", ids, params))
                .params(params)
                .query(PublishedArticleRepository::published)
                .list();
    }

    boolean anyPublishedInIdRange(long fromId, long toIdExclusive) {
        return jdbc.sql("select id from article where status = 'PUBLISHED' and id >= :lo and id < :hi limit 1")
                .param("lo", fromId)
                .param("hi", toIdExclusive)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    List<IdBlock> publishedIdBlocks(int blockSize) {
        // the block size is written into the statement: PostgreSQL treats "id / $1" and "id / $2" as different
        // expressions and would refuse the grouping
        return jdbc.sql("select id / " + blockSize + " as block, max(updated_at) as modified from article"
                        + " where status = 'PUBLISHED' group by id / " + blockSize)
                .query((rs, n) -> new IdBlock(rs.getLong("block"), Instant.ofEpochMilli(rs.getLong("modified"))))
                .list();
    }

    List<PublishedArticle> publishedInIdRange(long fromId, long toIdExclusive) {
        return jdbc.sql("""
                        select id, title, url_date, published_at, updated_at from article
                        where status = 'PUBLISHED' and id >= :lo and id < :hi order by id""")
                .param("lo", fromId)
                .param("hi", toIdExclusive)
                .query(PublishedArticleRepository::published)
                .list();
    }

    List<PublishedArticle> publishedSince(Instant since, int limit) {
        return jdbc.sql("""
                        select id, title, url_date, published_at, updated_at from article
                        where status = 'PUBLISHED' and published_at >= :since
                        order by published_at desc limit :limit""")
                .param("since", since.toEpochMilli())
                .param("limit", limit)
                .query(PublishedArticleRepository::published)
                .list();
    }

    private static PublishedArticle published(ResultSet rs, int n) throws SQLException {
        return new PublishedArticle(
                rs.getLong("id"),
                rs.getString("title"),
                ArticleUrls.of(rs.getLong("id"), date(rs, "url_date")),
                Instant.ofEpochMilli(rs.getLong("published_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    static Map<String, Object> params() {
        return new HashMap<>();
    }

    /** {@code column in (:p0, :p1, …)} with the ids added to {@code params}; never true for no ids. */
    static String inClause(String column, String prefix, Collection<Long> ids, Map<String, Object> params) {
        List<String> names = new ArrayList<>();
        int i = 0;
        for (Long id : ids) {
            String name = prefix + i++;
            names.add(":" + name);
            params.put(name, id);
        }
        return names.isEmpty() ? "1 = 0" : column + " in (" + String.join(", ", names) + ")";
    }

    static ArticleTeaser teaser(ResultSet rs, int n) throws SQLException {
        return new ArticleTeaser(
                rs.getLong("id"),
                rs.getLong("channel_id"),
                rs.getString("kicker"),
                rs.getString("title"),
                rs.getString("summary"),
                instant(rs, "published_at"),
                date(rs, "url_date"),
                nullableLong(rs, "lead_image_id"),
                nullableLong(rs, "series_id"),
                nullableInt(rs, "series_part"),
                nullableLong(rs, "page_id"));
    }
}
