package com.masthead.article.web;

/** The article list's filter as the user entered it, to refill the form. */
public record ArticleListFilter(String status, String state, Long channel, String q, boolean mine) {}
