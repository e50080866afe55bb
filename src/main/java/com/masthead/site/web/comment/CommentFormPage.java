package com.masthead.site.web.comment;

/**
 * The stand-alone comment page: the article it is about and the form (with a CSRF token), or, when the channel has
 * closed comments, no form and {@code closedNotice}.
 */
public record CommentFormPage(String articleTitle, String articleUrl, CommentForm form, String closedNotice) {}
