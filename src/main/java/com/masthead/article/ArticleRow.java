package com.masthead.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article row as stored, before the working copy (if any) is attached. */
record ArticleRow(
        long id,
        ArticleContent content,
        ArticleStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        LocalDate urlDate,
        String unpublishReason,
        int version,
        String authorLogin,
        ReviewProgress review) {}
