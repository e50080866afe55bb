package com.masthead.comment;

/**
 * What a reader sent with the comment form, raw and unchecked: any field may be null, huge or hostile.
 * {@code honeypot} is the hidden field people never fill in.
 */
public record CommentSubmission(long articleId, String nickname, String text, String contact, String honeypot) {}
