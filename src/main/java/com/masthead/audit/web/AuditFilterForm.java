package com.masthead.audit.web;

import com.masthead.backoffice.FilterLinks;
import java.util.LinkedHashMap;
import java.util.Map;

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
        return FilterLinks.url(AuditAdminController.PATH, query);
    }
}
