package com.masthead.article;

import com.masthead.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The article aggregate and its publishing state machine: DRAFT → PUBLISHED ⇄ UNPUBLISHED. Transition methods
 * check their preconditions, throw {@link IllegalTransitionException} or {@link InvalidInputException} on an
 * illegal move (leaving the article unchanged), and record the domain event to publish once the change is
 * saved. Not thread-safe: load, change and save it within one request.
 */
public final class Article {

    private static final DateTimeFormatter URL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final long id;
    private final Instant createdAt;
    private ArticleContent content;
    private ArticleStatus status;
    private Instant updatedAt;
    private Instant publishedAt;
    private LocalDate urlDate;
    private String unpublishReason;
    private int version;
    private final List<Object> events = new ArrayList<>();

    Article(
            long id,
            ArticleContent content,
            ArticleStatus status,
            Instant createdAt,
            Instant updatedAt,
            Instant publishedAt,
            LocalDate urlDate,
            String unpublishReason,
            int version) {
        this.id = id;
        this.content = Objects.requireNonNull(content);
        this.status = Objects.requireNonNull(status);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.publishedAt = publishedAt;
        this.urlDate = urlDate;
        this.unpublishReason = unpublishReason;
        this.version = version;
    }

    static Article draft(long id, ArticleContent content, Instant now) {
        return new Article(id, content, ArticleStatus.DRAFT, now, now, null, null, null, 0);
    }

    /**
     * Makes the article public. The first publication fixes its public time ({@code at}, which may be earlier
     * than now for a print article published after the fact) and so its URL for good; re-publishing after a
     * take-down keeps both.
     */
    void publish(Instant at, Instant now, ZoneId zone) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalTransitionException(status, "publish");
        }
        var problems = PublishingRules.check(content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (publishedAt == null) {
            publishedAt = at;
            urlDate = LocalDate.ofInstant(at, zone);
        }
        status = ArticleStatus.PUBLISHED;
        unpublishReason = null;
        updatedAt = now;
        events.add(new ArticlePublished(id, content.channelId(), content.seriesId(), content.pageId()));
    }

    /** Takes a published article down; the reason is kept for the newsroom, never shown to readers. */
    void unpublish(String reason, Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new IllegalTransitionException(status, "unpublish");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "article.unpublish.reason.required");
        }
        status = ArticleStatus.UNPUBLISHED;
        unpublishReason = reason.strip();
        updatedAt = now;
        events.add(
                new ArticleUnpublished(id, content.channelId(), content.seriesId(), content.pageId(), unpublishReason));
    }

    /** Replaces the content. A live article must still satisfy the publishing rules after the change. */
    void revise(ArticleContent revised, Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            var problems = PublishingRules.check(revised);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        ArticleContent previous = content;
        content = revised;
        updatedAt = now;
        events.add(new ArticleRevised(
                id,
                status == ArticleStatus.PUBLISHED,
                revised.channelId(),
                revised.seriesId(),
                revised.pageId(),
                previous.channelId(),
                previous.seriesId(),
                previous.pageId(),
                previous.leadImage() == null && revised.leadImage() != null));
    }

    /** The same article with the parts of its content that are stored apart (bylines, tags) filled in. */
    Article withLoadedContent(ArticleContent loaded) {
        return new Article(id, loaded, status, createdAt, updatedAt, publishedAt, urlDate, unpublishReason, version);
    }

    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    void markSaved() {
        version++;
    }

    public long id() {
        return id;
    }

    public ArticleContent content() {
        return content;
    }

    public ArticleStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When readers first saw it; null until the first publication. */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** The date in the public URL, fixed at first publication; null before. */
    public LocalDate urlDate() {
        return urlDate;
    }

    public String unpublishReason() {
        return unpublishReason;
    }

    public int version() {
        return version;
    }

    /** The public address, {@code /news/2025/03/18/42.html}; null for an article never published. */
    public String url() {
        return urlFor(id, urlDate);
    }

    static String urlFor(long id, LocalDate urlDate) {
        return urlDate == null ? null : "/news/" + URL_DATE.format(urlDate) + "/" + id + ".html";
    }
}
