package com.masthead.search;

import com.masthead.article.ArticleStatus;

/**
 * Which articles a search sees: readers only published ones; staff every state ({@link #ALL}) or one of them (the
 * staff search page's status filter).
 */
public enum SearchScope {
    PUBLISHED,
    DRAFT,
    UNPUBLISHED,
    ALL;

    /** The scope of articles in {@code status}; {@link #ALL} for none. */
    public static SearchScope of(ArticleStatus status) {
        return status == null ? ALL : valueOf(status.name());
    }
}
