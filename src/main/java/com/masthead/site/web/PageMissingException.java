package com.masthead.site.web;

/** No such public page: answered with the site's 404 page. */
class PageMissingException extends RuntimeException {

    PageMissingException(String path) {
        super("missing: " + path);
    }
}
