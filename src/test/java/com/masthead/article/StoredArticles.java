package com.masthead.article;

import java.time.Instant;

/** Articles as {@link ArticleStore} would load them, for rules tested without a database. */
final class StoredArticles {

    private StoredArticles() {}

    /** A stored draft at its first revision, never submitted. */
    static Article draft(long id, ArticleContent content, String authorLogin, Instant createdAt) {
        return new Article(
                new ArticleRow(
                        id,
                        content,
                        ArticleStatus.DRAFT,
                        createdAt,
                        createdAt,
                        null,
                        null,
                        null,
                        0,
                        authorLogin,
                        new ReviewProgress(ReviewState.DRAFT, 1, 1, null, null)),
                null);
    }
}
