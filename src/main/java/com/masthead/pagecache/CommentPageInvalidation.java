package com.masthead.pagecache;

import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleUrls;
import com.masthead.comment.CommentApproved;
import com.masthead.comment.CommentChannelSettingsChanged;
import com.masthead.comment.CommentPosted;
import com.masthead.comment.CommentRejected;
import com.masthead.comment.CommentReported;
import com.masthead.lexicon.LexiconChanged;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evicts pages when what readers see of comments changes (signalled with the change, applied after it commits): a comment appearing or
 * disappearing evicts exactly its article's pages ({@code article:<id>}: the article page and its comment pages)
 * and the latest comments page. Changed comment rules or lexicon (the form, masking) evict every page showing
 * comments. A comment waiting in the queue changes no page.
 */
@Component
class CommentPageInvalidation {

    private static final Logger log = LoggerFactory.getLogger(CommentPageInvalidation.class);

    private final PageCache cache;
    private final PurgeRequests purges;
    private final ArticleReading articles;

    CommentPageInvalidation(PageCache cache, PurgeRequests purges, ArticleReading articles) {
        this.cache = cache;
        this.purges = purges;
        this.articles = articles;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentPosted event) {
        if (event.visible()) {
            evictArticle(event.articleId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentApproved event) {
        evictArticle(event.articleId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentRejected event) {
        if (event.wasVisible()) {
            evictArticle(event.articleId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentReported event) {
        evictArticle(event.articleId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentChannelSettingsChanged event) {
        evict(Set.of(PageTags.COMMENTS), Set.of());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(LexiconChanged event) {
        evict(Set.of(PageTags.COMMENTS), Set.of());
    }

    private void evictArticle(long articleId) {
        Set<String> urls = new LinkedHashSet<>();
        urls.add("/comments");
        articles.find(articleId).filter(a -> a.urlDate() != null).ifPresent(a -> {
            urls.add(ArticleUrls.of(a.id(), a.urlDate()));
            urls.add(ArticleUrls.commentsOf(a.id(), a.urlDate()));
        });
        evict(Set.of("article:" + articleId, PageTags.LATEST_COMMENTS), urls);
    }

    private void evict(Set<String> tags, Set<String> publicUrls) {
        cache.invalidate(tags, keys -> {
            Set<String> paths = new LinkedHashSet<>(publicUrls);
            keys.forEach(key -> paths.add(CacheableRequests.pathOf(key)));
            log.debug("evicted {} cached pages for {}", keys.size(), tags);
            purges.purge(paths);
        });
    }
}
