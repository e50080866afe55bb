package com.masthead.comment;

import java.util.List;

/** A comment for a moderator, with its full history oldest first. */
public record CommentDetail(QueuedComment comment, List<CommentEvent> history) {

    public CommentDetail {
        history = List.copyOf(history);
    }
}
