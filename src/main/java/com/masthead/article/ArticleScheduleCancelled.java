package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/** The editor-in-chief cancelled the scheduled publication of an approved copy; it is approved and held again. */
public record ArticleScheduleCancelled(long articleId, int revision, String actor)
        implements AuditedEvent, ArticleEvent {

    @Override
    public String auditAction() {
        return "article.schedule-cancelled";
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
        return "";
    }
}
