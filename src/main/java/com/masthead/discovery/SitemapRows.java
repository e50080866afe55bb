package com.masthead.discovery;

import com.masthead.article.ArticleTeaser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only queries for the sitemaps, each bounded: a block is a primary-key range scan of at most {@link
 * #BLOCK_SIZE} rows; the news sitemap follows {@code (status, published_at)}. Listing the blocks groups the
 * published ids once (one pass over an index, about 1,000 rows out for a million articles) and is cached by the
 * caller.
 */
@Component
class SitemapRows {

    static final int BLOCK_SIZE = 10_000;
    static final int NEWS_LIMIT = 1_000;

    private final JdbcClient jdbc;

    SitemapRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SitemapBlock> blocks() {
        // the block size is written into the statement: PostgreSQL treats "id / $1" and "id / $2" as different
        // expressions and would refuse the grouping
        return jdbc.sql("select id / " + BLOCK_SIZE + " as block, max(updated_at) as modified from article"
                        + " where status = 'PUBLISHED' group by id / " + BLOCK_SIZE + " order by block")
                .query((rs, n) -> new SitemapBlock(rs.getLong("block"), Instant.ofEpochMilli(rs.getLong("modified"))))
                .list();
    }

    List<SitemapEntry> block(long number) {
        return jdbc.sql("""
                        select id, url_date, updated_at from article
                        where status = 'PUBLISHED' and id >= :lo and id < :hi order by id""")
                .param("lo", number * BLOCK_SIZE)
                .param("hi", (number + 1) * BLOCK_SIZE)
                .query((rs, n) -> new SitemapEntry(
                        url(rs.getLong("id"), LocalDate.parse(rs.getString("url_date"))),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .list();
    }

    List<NewsSitemapEntry> news(Instant since) {
        return jdbc.sql("""
                        select id, title, url_date, published_at from article
                        where status = 'PUBLISHED' and published_at >= :since
                        order by published_at desc limit :limit""")
                .param("since", since.toEpochMilli())
                .param("limit", NEWS_LIMIT)
                .query((rs, n) -> new NewsSitemapEntry(
                        url(rs.getLong("id"), LocalDate.parse(rs.getString("url_date"))),
                        rs.getString("title"),
                        Instant.ofEpochMilli(rs.getLong("published_at"))))
                .list();
    }

    /** The article module owns the URL shape; a teaser knows how to make it. */
    private static String url(long id, LocalDate urlDate) {
        return new ArticleTeaser(id, 0, null, "", null, null, urlDate, null, null, null, null).url();
    }
}
