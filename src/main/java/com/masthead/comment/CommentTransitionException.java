package com.masthead.comment;

import com.masthead.shared.InvalidInputException;

/** A moderation step the comment's current state does not allow (approving an approved comment, …). */
public class CommentTransitionException extends InvalidInputException {

    public CommentTransitionException(CommentState from, String action) {
        super("state", "comment.transition.illegal", from, action);
    }
}
