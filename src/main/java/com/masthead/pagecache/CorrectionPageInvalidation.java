package com.masthead.pagecache;

import com.masthead.article.ArticleReading;
import com.masthead.correction.CorrectionNotes;
import com.masthead.correction.CorrectionPublished;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A published correction note changes the corrected article's page (the note is printed at its end), the print
 * page views that mark its area as corrected (tag {@code corrected:<article>}) and the corrections page: both are evicted after the change commits, and purged from proxies and CDNs.
 */
@Component
class CorrectionPageInvalidation {

    private final PageCache cache;
    private final PurgeRequests purges;
    private final ArticleReading articles;

    CorrectionPageInvalidation(PageCache cache, PurgeRequests purges, ArticleReading articles) {
        this.cache = cache;
        this.purges = purges;
        this.articles = articles;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CorrectionPublished event) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/corrections/");
        articles.find(event.articleId()).map(a -> a.url()).ifPresent(paths::add);
        cache.invalidate(
                Set.of("article:" + event.articleId(), "corrected:" + event.articleId(), CorrectionNotes.LIST_TAG),
                keys -> {
                    keys.forEach(key -> paths.add(CacheableRequests.pathOf(key)));
                    purges.purge(paths);
                });
    }
}
