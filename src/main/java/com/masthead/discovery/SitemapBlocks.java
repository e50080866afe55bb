package com.masthead.discovery;

import com.masthead.article.ArticlePublished;
import com.masthead.article.ArticleRevised;
import com.masthead.article.ArticleUnpublished;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code sitemap_block} in step with the articles, inside the transaction that changes them (a synchronous
 * listener): a publication, a live revision or a take-down updates its block's last change, or drops the block when
 * it no longer lists a published article. A failure here fails the change, so the summary never drifts.
 */
@Component
class SitemapBlocks {

    private final SitemapRows rows;
    private final Clock clock;

    SitemapBlocks(SitemapRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @EventListener
    void on(ArticlePublished event) {
        rows.touch(event.articleId(), clock.millis());
    }

    @EventListener
    void on(ArticleRevised event) {
        if (event.live()) {
            rows.touch(event.articleId(), clock.millis());
        }
    }

    @EventListener
    void on(ArticleUnpublished event) {
        rows.touch(event.articleId(), clock.millis());
    }
}
