package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/** A reviewer returned an article to its author with a reason; its sign-offs are void. */
public record ArticleSentBack(long articleId, int revision, int level, String reason, String actor)
        implements AuditedEvent, ArticleEvent {

    @Override
    public String auditAction() {
        return "article.sent-back";
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
        return "revision " + revision + ", level " + level + ": " + reason;
    }
}
