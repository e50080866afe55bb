package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/** An article was taken down; its URL now answers 410 Gone and it must vanish from every list. */
public record ArticleUnpublished(
        long articleId, long channelId, Long seriesId, Long pageId, String reason, String actor)
        implements AuditedEvent, ArticleEvent {

    @Override
    public String auditAction() {
        return "article.unpublished";
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
        return reason;
    }
}
