package com.masthead.comment;

/** What the moderation queue shows; every field is optional (null means any). */
public record CommentFilter(CommentState state, Long articleId, Long channelId, Boolean flagged) {}
