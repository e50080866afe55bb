package com.masthead.epaper;

/** What the matcher knows of an article placed on a page: its id and its text (body as plain text). */
public record MatchableArticle(long id, String title, String kicker, String subtitle, String bodyText) {}
