package com.masthead.site.web;

/**
 * A page that explains an error in the site's own design, with no technical detail. {@code field} says which
 * submitted field was missing or unreadable, when that was the error; null otherwise.
 */
public record ErrorPageModel(int status, String heading, String message, String field) {

    public ErrorPageModel(int status, String heading, String message) {
        this(status, heading, message, null);
    }
}
