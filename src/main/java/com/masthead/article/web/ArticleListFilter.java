package com.masthead.article.web;

import com.masthead.backoffice.FilterLinks;
import java.util.LinkedHashMap;
import java.util.Map;

/** The article list's filter as the user entered it, to refill the form and to build the paging links. */
public record ArticleListFilter(String status, String state, Long channel, String q, boolean mine) {

    /** The list with this filter on page {@code page}; every value URL-encoded, empty ones left out. */
    public String pageUrl(int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("status", status);
        params.put("state", state);
        params.put("channel", channel == null ? null : String.valueOf(channel));
        params.put("mine", mine ? "true" : null);
        params.put("p", page > 1 ? String.valueOf(page) : null);
        return FilterLinks.url("/admin/articles", params);
    }
}
