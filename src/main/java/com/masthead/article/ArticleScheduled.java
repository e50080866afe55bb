package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/** An approved article will be published at {@code at} (never null; a cancellation is {@link ArticleScheduleCancelled}). */
public record ArticleScheduled(long articleId, int revision, java.time.Instant at, String actor)
        implements AuditedEvent, ArticleEvent {

    @Override
    public String auditAction() {
        return "article.scheduled";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "article:" + articleId;
    }

    @Override
    public String auditDetail() {
        return "revision " + revision + " at " + at;
    }
}
