package com.masthead.article.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

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
        String query = params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/admin/articles" + (query.isEmpty() ? "" : "?" + query);
    }
}
