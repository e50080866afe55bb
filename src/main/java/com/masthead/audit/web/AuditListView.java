package com.masthead.audit.web;

import java.util.List;

/**
 * The audit list page: the filter as typed (to refill the form), one page of rows, and links to the neighbouring
 * pages that keep the filter (null when there is none).
 */
public record AuditListView(
        AuditFilterForm filter,
        List<Row> rows,
        long total,
        int page,
        int totalPages,
        String previousUrl,
        String nextUrl) {

    public AuditListView {
        rows = List.copyOf(rows);
    }

    /** One entry as shown: time in the site's time zone, the hash shortened (the full one in a tooltip). */
    public record Row(
            long seq,
            String time,
            String actor,
            String action,
            String subject,
            String detail,
            String address,
            String shortHash,
            String hash) {}
}
