package com.masthead.article;

import com.masthead.shared.AuditedEvent;

/**
 * An article became visible to readers (first publication or re-publication after a take-down). Carries where it
 * appears, so listeners (search index, page cache) need not read it back, and who published it.
 */
public record ArticlePublished(long articleId, long channelId, Long seriesId, Long pageId, String actor)
        implements AuditedEvent, ArticleEvent {

    @Override
    public String auditAction() {
        return "article.published";
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
