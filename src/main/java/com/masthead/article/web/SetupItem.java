package com.masthead.article.web;

/**
 * One item of the admin's first-run checklist: {@code key} names it (its text is the message {@code
 * newsroom.setup.<key>}), {@code href} is the screen that does it (null when it is done outside the application).
 */
public record SetupItem(String key, String href, boolean done) {}
