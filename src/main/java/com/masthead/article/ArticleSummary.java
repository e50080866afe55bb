package com.masthead.article;

import java.time.Instant;

/** A row of the management list: enough to find and open an article in any status. */
public record ArticleSummary(
        long id,
        long channelId,
        String title,
        ArticleStatus status,
        Instant updatedAt,
        Instant publishedAt,
        Long pageId,
        String url,
        int version) {}
