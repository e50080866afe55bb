package com.masthead.backoffice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The address of a staff list with the same filter on another page (the filter's dates are read by {@link
 * FormInput#date(String, String, String, List)}).
 */
public final class FilterLinks {

    private FilterLinks() {}

    /**
     * {@code path} with the filter's parameters in their given order, blank ones left out and every value
     * URL-encoded (so {@code A&B} stays one value).
     */
    public static String url(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
