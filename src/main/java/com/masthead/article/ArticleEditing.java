package com.masthead.article;

import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, revises, publishes and takes down articles. Each method is one transaction: on any error nothing is
 * written. Domain events are published inside the transaction; module listeners receive them after commit.
 */
@Service
public class ArticleEditing {

    private final ArticleRepository articles;
    private final ArticleContentCleaner cleaner;
    private final SiteSettingsService settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleEditing(
            ArticleRepository articles,
            ArticleContentCleaner cleaner,
            SiteSettingsService settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.cleaner = cleaner;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Saves new content as a draft. */
    @Transactional
    public Article create(ArticleContent submitted) {
        ArticleContent content = cleaner.clean(submitted);
        checkSeriesPart(content, -1);
        long id = articles.insert(content, clock.instant());
        return load(id);
    }

    /**
     * Replaces an article's content if {@code expectedVersion} is current. Revising a published article changes
     * the live page at once (the review workflow will route this through sign-off).
     *
     * @throws VersionConflictException when someone else saved first
     */
    @Transactional
    public Article revise(long id, int expectedVersion, ArticleContent submitted) {
        Article article = load(id);
        if (article.version() != expectedVersion) {
            throw new VersionConflictException("article", id, expectedVersion);
        }
        ArticleContent content = cleaner.clean(submitted);
        checkSeriesPart(content, id);
        article.revise(content, clock.instant());
        return save(article, expectedVersion);
    }

    /**
     * Publishes an article. {@code at} sets the public time of a first publication (null means now; a future time
     * is refused until scheduling exists).
     */
    @Transactional
    public Article publish(long id, Instant at) {
        Article article = load(id);
        Instant now = clock.instant();
        if (at != null && at.isAfter(now.plusSeconds(60))) {
            throw new InvalidInputException("publishedAt", "article.published-at.future");
        }
        article.publish(at == null ? now : at, now, settings.current().timeZone());
        return save(article, article.version());
    }

    @Transactional
    public Article unpublish(long id, String reason) {
        Article article = load(id);
        article.unpublish(reason, clock.instant());
        return save(article, article.version());
    }

    private Article save(Article article, int expectedVersion) {
        if (!articles.update(article, expectedVersion)) {
            throw new VersionConflictException("article", article.id(), expectedVersion);
        }
        article.takeEvents().forEach(events::publishEvent);
        return load(article.id());
    }

    private Article load(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("article", id));
    }

    private void checkSeriesPart(ArticleContent content, long self) {
        if (content.seriesId() != null && articles.seriesPartTaken(content.seriesId(), content.seriesPart(), self)) {
            throw new InvalidInputException("seriesPart", "article.series-part.taken", content.seriesPart());
        }
    }
}
