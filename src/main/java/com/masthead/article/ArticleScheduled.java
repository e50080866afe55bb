package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/** An approved article will be published at {@code at} (or, with a null {@code at}, its schedule was cancelled). */
public record ArticleScheduled(long articleId, int revision, java.time.Instant at, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return at == null ? "article.schedule-cancelled" : "article.scheduled";
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
        return at == null ? "" : "revision " + revision + " at " + at;
    }
}
