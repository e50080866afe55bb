package com.masthead.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The filter fields exactly as the administrator typed them; every one may be null. */
public record AuditFilterForm(String actor, String action, String subject, String from, String to, String address) {

    /** The list URL for this filter and {@code page}. */
    String url(int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("actor", actor);
        query.put("action", action);
        query.put("subject", subject);
        query.put("from", from);
        query.put("to", to);
        query.put("address", address);
        query.put("page", page > 1 ? Integer.toString(page) : null);
        String encoded = query.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return AuditAdminController.PATH + (encoded.isEmpty() ? "" : "?" + encoded);
    }
}
