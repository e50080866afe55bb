package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/** An article's working copy was submitted for review. */
public record ArticleSubmitted(long articleId, int revision, String actor) implements AuditedEvent, ArticleEvent {

    @Override
    public String auditAction() {
        return "article.submitted";
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
        return "revision " + revision;
    }
}
