package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/** A reviewer signed a level of an article's review; {@code finalLevel} means it is now approved for publication, {@code edited} that the reviewer changed the text first. */
public record ArticleApproved(long articleId, int revision, int level, boolean finalLevel, boolean edited, String actor)
        implements AuditedEvent, ArticleEvent {

    @Override
    public String auditAction() {
        return "article.approved";
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
        return "revision " + revision + ", level " + level + (finalLevel ? " (final)" : "")
                + (edited ? ", edited" : "");
    }
}
