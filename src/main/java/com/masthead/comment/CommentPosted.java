package com.masthead.comment;

/**
 * A reader's comment was accepted and stored. {@code state} is PENDING (waiting for a moderator) or APPROVED
 * (post-moderated channel): only then is it already visible and the article page stale.
 */
public record CommentPosted(long commentId, long articleId, long channelId, CommentState state) {

    public boolean visible() {
        return state == CommentState.APPROVED;
    }
}
