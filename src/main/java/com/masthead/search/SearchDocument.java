package com.masthead.search;

import com.masthead.article.ArticleStatus;
import java.time.Instant;
import java.util.List;

/**
 * What the index knows of one article: its texts (body as plain text), where it appears and its state. Built from
 * the database; never edited in place.
 *
 * @param publishedAt null for a draft never published
 * @param url null for a draft never published
 */
public record SearchDocument(
        long articleId,
        long channelId,
        ArticleStatus status,
        String kicker,
        String title,
        String subtitle,
        String summary,
        String bodyText,
        List<String> bylineNames,
        List<String> tags,
        Instant publishedAt,
        Instant updatedAt,
        String url,
        Long pageId,
        Long issueId) {

    public SearchDocument {
        bylineNames = bylineNames == null ? List.of() : List.copyOf(bylineNames);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
