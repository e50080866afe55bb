package com.masthead.comment;

/** Where a comment stands. Only APPROVED comments are shown to readers. */
public enum CommentState {
    /** Waiting for a moderator: new (pre-moderation or held by the screen) or reported by a reader. */
    PENDING,
    /** Visible on the article page and in the latest comments. */
    APPROVED,
    /** Not shown; kept with the reason for the record. */
    REJECTED
}
