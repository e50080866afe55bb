package com.masthead.article;

/** An article was taken down; its URL now answers 410 Gone and it must vanish from every list. */
public record ArticleUnpublished(long articleId, long channelId, Long seriesId, Long pageId, String reason) {}
