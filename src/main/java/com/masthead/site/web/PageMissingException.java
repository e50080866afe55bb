package com.masthead.site.web;

/** No such public page: answered with the site's 404 page. */
public class PageMissingException extends RuntimeException {

    public PageMissingException(String path) {
        super("missing: " + path);
    }
}
