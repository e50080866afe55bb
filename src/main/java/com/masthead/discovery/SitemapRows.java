package com.masthead.discovery;

import com.masthead.article.ArticleUrls;
import com.masthead.pagecache.PageTags;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sitemaps' queries, each bounded: the index reads {@code sitemap_block} (one row per block of {@link
 * #BLOCK_SIZE} ids that holds published articles, about 100 rows for a million articles), which the article events
 * keep current in their own transaction; a block is a primary-key range scan of at most {@link #BLOCK_SIZE} rows;
 * the news sitemap follows {@code (status, published_at)}.
 */
@Component
class SitemapRows {

    static final int BLOCK_SIZE = PageTags.SITEMAP_BLOCK_SIZE;
    static final int NEWS_LIMIT = 1_000;

    private final JdbcClient jdbc;

    SitemapRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SitemapBlock> blocks() {
        return jdbc.sql("select block, modified from sitemap_block order by block")
                .query((rs, n) -> new SitemapBlock(rs.getLong("block"), Instant.ofEpochMilli(rs.getLong("modified"))))
                .list();
    }

    /** Records a change in the block of {@code articleId}; drops the block when it no longer lists anything. */
    void touch(long articleId, long atMillis) {
        long block = articleId / BLOCK_SIZE;
        boolean listsSomething = jdbc.sql("""
                        select id from article
                        where status = 'PUBLISHED' and id >= :lo and id < :hi limit 1""")
                .param("lo", block * BLOCK_SIZE)
                .param("hi", (block + 1) * BLOCK_SIZE)
                .query(Long.class)
                .optional()
                .isPresent();
        if (!listsSomething) {
            jdbc.sql("delete from sitemap_block where block = :block")
                    .param("block", block)
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into sitemap_block (block, modified) values (:block, :at)
                        on conflict (block) do update set modified = excluded.modified""").param("block", block).param("at", atMillis).update();
    }

    /** Recomputes every block from the articles (one grouped pass over the published ids). */
    void recount() {
        jdbc.sql("delete from sitemap_block").update();
        // the block size is written into the statement: PostgreSQL treats "id / $1" and "id / $2" as different
        // expressions and would refuse the grouping
        jdbc.sql("insert into sitemap_block (block, modified) select id / " + BLOCK_SIZE + ", max(updated_at)"
                        + " from article where status = 'PUBLISHED' group by id / " + BLOCK_SIZE)
                .update();
    }

    List<SitemapEntry> block(long number) {
        return jdbc.sql("""
                        select id, url_date, updated_at from article
                        where status = 'PUBLISHED' and id >= :lo and id < :hi order by id""")
                .param("lo", number * BLOCK_SIZE)
                .param("hi", (number + 1) * BLOCK_SIZE)
                .query((rs, n) -> new SitemapEntry(
                        ArticleUrls.of(rs.getLong("id"), LocalDate.parse(rs.getString("url_date"))),
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
                        rs.getLong("id"),
                        ArticleUrls.of(rs.getLong("id"), LocalDate.parse(rs.getString("url_date"))),
                        rs.getString("title"),
                        Instant.ofEpochMilli(rs.getLong("published_at"))))
                .list();
    }
}
