package com.masthead.search;

/** Which articles a search sees: readers only published ones, staff every state. */
public enum SearchScope {
    PUBLISHED,
    ALL
}
