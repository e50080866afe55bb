package com.masthead.search;

import com.masthead.article.ArticleStatus;
import java.time.Instant;
import java.util.List;

/**
 * One found article with its title and a short passage of its text, both split into {@link Fragment}s so that a
 * page can mark the matched words without trusting any HTML. {@code url} and {@code publishedAt} are null for a
 * draft.
 */
public record SearchHit(
        long articleId,
        long channelId,
        ArticleStatus status,
        String title,
        List<Fragment> titleFragments,
        List<Fragment> snippet,
        String url,
        Instant publishedAt,
        Instant updatedAt,
        float score) {}
