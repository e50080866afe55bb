package com.masthead.site.web;

/** The page existed and was deliberately removed (an unpublished article): answered with 410 Gone. */
public class PageGoneException extends RuntimeException {

    public PageGoneException(String path) {
        super("gone: " + path);
    }
}
