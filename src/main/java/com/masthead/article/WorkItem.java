package com.masthead.article;

import java.time.Instant;

/** One article in a newsroom list (dashboard, article list): enough to show a row, never the body. */
public record WorkItem(
        long id,
        long channelId,
        String title,
        ArticleStatus status,
        ReviewState reviewState,
        String authorLogin,
        Instant updatedAt,
        Instant reviewUpdatedAt,
        Instant scheduledAt,
        Instant publishedAt,
        String sentBackReason,
        String url,
        int version) {}
