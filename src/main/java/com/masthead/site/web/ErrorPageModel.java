package com.masthead.site.web;

/** A page that explains an error in the site's own design, with no technical detail. */
public record ErrorPageModel(int status, String heading, String message) {}
