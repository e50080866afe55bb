package com.masthead.search;

/** Result order: best match first (with a mild preference for recent articles), or newest first. */
public enum SearchSort {
    RELEVANCE,
    NEWEST
}
