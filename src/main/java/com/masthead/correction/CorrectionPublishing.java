package com.masthead.correction;

import com.masthead.article.Article;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleRevised;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a corrected version of an article goes live, makes the correction notes of its accepted requests public
 * (dated now), closes those requests and queues the mail that tells each reader where to see the correction.
 * Runs in the article's own transaction, so a failure here keeps the corrected version from going live.
 */
@Component
class CorrectionPublishing {

    private static final Logger log = LoggerFactory.getLogger(CorrectionPublishing.class);

    private final CorrectionRequestRepository requests;
    private final ApplicationEventPublisher events;
    private final CorrectionMails mails;
    private final ArticleReading articles;
    private final Clock clock;

    CorrectionPublishing(
            CorrectionRequestRepository requests,
            ApplicationEventPublisher events,
            CorrectionMails mails,
            ArticleReading articles,
            Clock clock) {
        this.requests = requests;
        this.events = events;
        this.mails = mails;
        this.articles = articles;
        this.clock = clock;
    }

    // Inside the article's transaction, just before it commits: the corrected version and its note go public
    // together or not at all. (After the commit would need a second write transaction, which SQLite cannot start
    // while the first connection still holds its lock.)
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticleRevised event) {
        if (!event.live()) {
            return;
        }
        List<CorrectionRequest> accepted = requests.withStatus(event.articleId(), CorrectionStatus.ACCEPTED);
        if (accepted.isEmpty()) {
            return;
        }
        Article article =
                articles.find(event.articleId()).filter(Article::isPublished).orElse(null);
        if (article == null) {
            return;
        }
        Instant now = clock.instant();
        for (CorrectionRequest request : accepted) {
            request.publish(now);
            if (!requests.update(request)) {
                throw new VersionConflictException(
                        "correction", request.id(), request.desk().version());
            }
            request.takeEvents().forEach(events::publishEvent);
            mails.published(request, article.url(), now);
            log.info("correction {} published on article {}", request.number(), article.id());
        }
    }
}
