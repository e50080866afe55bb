package com.masthead.article;

import java.time.Instant;

/** One stored revision of an article: the full content as saved, by whom and when. */
public record ArticleRevision(
        long articleId,
        int number,
        ArticleContent content,
        String authorLogin,
        String authorName,
        Instant createdAt,
        String note) {}
