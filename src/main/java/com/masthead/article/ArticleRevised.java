package com.masthead.article;

/**
 * An article's content was saved. {@code leadImageAdded} says it has a lead image now and had none before (it may
 * now enter picture-news blocks). {@code live} says whether readers see the change at once (the article is
 * published); {@code previousChannelId} etc. say where it appeared before, so pages it left are refreshed too.
 */
public record ArticleRevised(
        long articleId,
        boolean live,
        long channelId,
        Long seriesId,
        Long pageId,
        long previousChannelId,
        Long previousSeriesId,
        Long previousPageId,
        boolean leadImageAdded)
        implements ArticleEvent {}
