package com.masthead.search.web;

/** The staff search form as the user filled it in, to refill it and to build the paging links. */
public record StaffSearchForm(
        String q, String status, String channel, String from, String to, String reporter, String sort) {

    static StaffSearchForm of(
            String q, String status, String channel, String from, String to, String reporter, String sort) {
        return new StaffSearchForm(
                blankToEmpty(q),
                blankToEmpty(status),
                blankToEmpty(channel),
                blankToEmpty(from),
                blankToEmpty(to),
                blankToEmpty(reporter),
                "newest".equals(sort) ? "newest" : "relevance");
    }

    public boolean newest() {
        return "newest".equals(sort);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
