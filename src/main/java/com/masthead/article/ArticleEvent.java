package com.masthead.article;

/**
 * A fact about one article, recorded by the {@link Article} aggregate during a transition and published by
 * {@link ArticleEditing} once the article is saved, inside the same transaction. One event per transition, named
 * as what happened.
 */
public sealed interface ArticleEvent
        permits ArticleEdited,
                ArticleSubmitted,
                ArticleApproved,
                ArticleSentBack,
                ArticleScheduled,
                ArticleScheduleCancelled,
                ArticlePublished,
                ArticleRevised,
                ArticleUnpublished {

    long articleId();
}
