package com.masthead.comment;

/**
 * The outcome of a post the reader may be told about: the comment waits for a moderator (PENDING) or is already
 * visible (APPROVED). A post caught by the honeypot gets the same PENDING answer with id 0, and nothing is stored.
 */
public record PostedComment(long id, long articleId, CommentState state) {

    public boolean visible() {
        return state == CommentState.APPROVED;
    }
}
