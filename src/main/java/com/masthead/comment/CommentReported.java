package com.masthead.comment;

/**
 * A reader reported an approved comment: it is hidden and back in the moderation queue, flagged. Pages that showed
 * it are stale. Caused by a reader, so not audited.
 */
public record CommentReported(long commentId, long articleId) {}
