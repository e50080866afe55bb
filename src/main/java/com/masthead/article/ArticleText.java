package com.masthead.article;

import java.time.Instant;
import java.util.List;

/**
 * One article's texts as stored (body as cleaned HTML), with its bylines, tags, state and print page: what an index
 * of the articles needs.
 *
 * @param publishedAt null for a draft never published
 * @param url null for a draft never published
 * @param pageId null when the article did not run in print
 * @param issueId the print issue of {@code pageId}; null without a page
 */
public record ArticleText(
        long id,
        long channelId,
        ArticleStatus status,
        String kicker,
        String title,
        String subtitle,
        String summary,
        String bodyHtml,
        List<String> bylineNames,
        List<String> tags,
        Instant publishedAt,
        Instant updatedAt,
        String url,
        Long pageId,
        Long issueId) {

    public ArticleText {
        bylineNames = List.copyOf(bylineNames);
        tags = List.copyOf(tags);
    }
}
