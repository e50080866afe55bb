package com.masthead.search;

import com.masthead.shared.UnavailableException;

/**
 * The search engine cannot be reached or refused to answer (OpenSearch down, a timeout). Pages that do not search
 * are unaffected; the search pages and the search API answer 503 saying search is unavailable, and the index
 * catches up from the database once the engine answers again.
 */
public class SearchUnavailableException extends UnavailableException {

    public SearchUnavailableException(String detail, Throwable cause) {
        super("search.unavailable", detail, cause);
    }
}
