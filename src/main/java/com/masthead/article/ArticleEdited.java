package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/** An article's working copy was saved as a new revision; {@code voidedSignOffs} says whether sign-offs were voided by it. */
public record ArticleEdited(long articleId, int revision, boolean voidedSignOffs, String actor)
        implements AuditedEvent, ArticleEvent {

    @Override
    public String auditAction() {
        return "article.edited";
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
        return "revision " + revision + (voidedSignOffs ? ", sign-offs voided" : "");
    }
}
