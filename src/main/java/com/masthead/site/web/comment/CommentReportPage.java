package com.masthead.site.web.comment;

/** Asks a reader to confirm a report; the form carries a CSRF token. Null {@code comment}: nothing to report. */
public record CommentReportPage(CommentView comment, String action, String csrfToken, String notice) {}
