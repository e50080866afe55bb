package com.masthead.site.web.comment;

/** A short answer after a form: a heading, a message and the way back. */
public record CommentMessagePage(String heading, String message, String backUrl, String backLabel) {}
