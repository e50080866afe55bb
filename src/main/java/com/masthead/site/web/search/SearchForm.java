package com.masthead.site.web.search;

import com.masthead.search.SearchQuery;
import com.masthead.search.SearchSort;

/**
 * The search page's query string as the reader sent it, bound by name ({@code ?q=…&channel=…&printPage=…}).
 * Nothing here is refused: numbers that do not read as ids count as absent, an empty or unknown sort is relevance,
 * a missing page is the first.
 */
record SearchForm(
        String q,
        String channel,
        String from,
        String to,
        String issue,
        String printPage,
        String reporter,
        String sort,
        String page) {

    SearchForm {
        q = q == null ? "" : q;
        sort = sort == null || sort.isEmpty() ? "relevance" : sort;
        page = page == null || page.isEmpty() ? "1" : page;
    }

    Long channelId() {
        return number(channel);
    }

    Long issueId() {
        return number(issue);
    }

    Long printPageId() {
        return number(printPage);
    }

    /** The result page asked for, from 1 to {@link SearchQuery#MAX_PAGE}. */
    int pageNumber() {
        Long number = number(page);
        return number == null ? 1 : (int) Math.min(SearchQuery.MAX_PAGE, number);
    }

    SearchSort searchSort() {
        return "newest".equals(sort) ? SearchSort.NEWEST : SearchSort.RELEVANCE;
    }

    private static Long number(String value) {
        if (value == null || !value.matches("\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(value);
    }
}
