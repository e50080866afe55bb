package com.masthead.discovery;

import com.masthead.article.ArticleReading;
import com.masthead.pagecache.PageTags;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The sitemaps' queries, each bounded: the index reads {@code sitemap_block} (one row per block of {@link
 * #BLOCK_SIZE} ids that holds published articles, about 100 rows for a million articles), which the article events
 * keep current in their own transaction; a block is a primary-key range scan of at most {@link #BLOCK_SIZE} rows;
 * the news sitemap follows {@code (status, published_at)}. The articles come from the article module's read API.
 */
@Component
class SitemapRows {

    static final int BLOCK_SIZE = PageTags.SITEMAP_BLOCK_SIZE;
    static final int NEWS_LIMIT = 1_000;

    private final SitemapBlockRepository repository;
    private final ArticleReading articles;

    SitemapRows(SitemapBlockRepository repository, ArticleReading articles) {
        this.repository = repository;
        this.articles = articles;
    }

    List<SitemapBlock> blocks() {
        return repository.all();
    }

    /** Records a change in the block of {@code articleId}; drops the block when it no longer lists anything. */
    void touch(long articleId, long atMillis) {
        long block = articleId / BLOCK_SIZE;
        if (articles.anyPublishedInIdRange(block * BLOCK_SIZE, (block + 1) * BLOCK_SIZE)) {
            repository.touch(block, atMillis);
        } else {
            repository.delete(block);
        }
    }

    /** Recomputes every block from the articles (one grouped pass over the published ids). */
    void recount() {
        repository.deleteAll();
        for (var block : articles.publishedIdBlocks(BLOCK_SIZE)) {
            repository.insert(block.block(), block.lastUpdated().toEpochMilli());
        }
    }

    List<SitemapEntry> block(long number) {
        return articles.publishedInIdRange(number * BLOCK_SIZE, (number + 1) * BLOCK_SIZE).stream()
                .map(a -> new SitemapEntry(a.url(), a.updatedAt()))
                .toList();
    }

    List<NewsSitemapEntry> news(Instant since) {
        return articles.publishedSince(since, NEWS_LIMIT).stream()
                .map(a -> new NewsSitemapEntry(a.id(), a.url(), a.title(), a.publishedAt()))
                .toList();
    }
}
