package com.masthead.article;

/**
 * An article became visible to readers (first publication or re-publication after a take-down). Carries where it
 * appears, so listeners (search index, page cache) need not read it back.
 */
public record ArticlePublished(long articleId, long channelId, Long seriesId, Long pageId) {}
