package com.masthead.article;

import com.masthead.shared.InvalidInputException;

/** A state change that the article's current status does not allow (publishing a published article, approving a draft, …); {@code from} is the status or review state. */
public class IllegalTransitionException extends InvalidInputException {

    public IllegalTransitionException(Enum<?> from, String action) {
        super("status", "article.transition.illegal", from, action);
    }
}
