package com.masthead.article;

import com.masthead.shared.InvalidInputException;

/** A state change that the article's current status does not allow (publishing a published article, …). */
public class IllegalTransitionException extends InvalidInputException {

    public IllegalTransitionException(ArticleStatus from, String action) {
        super("status", "article.transition.illegal", from, action);
    }
}
