package com.masthead.search;

/** A piece of a title or snippet; {@code match} pieces are the words the search found (shown highlighted). */
public record Fragment(String text, boolean match) {}
