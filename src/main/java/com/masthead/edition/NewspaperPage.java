package com.masthead.edition;

/** A page (版面) of an issue: its number and its name such as 要闻 or 产业观察. */
public record NewspaperPage(long id, long issueId, int number, String name, int version) {}
