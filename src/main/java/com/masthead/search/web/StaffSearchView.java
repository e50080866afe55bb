package com.masthead.search.web;

import com.masthead.search.Fragment;
import java.util.List;

/** What {@code admin/search/results.jte} shows: the form, the choices, and one page of results. */
public record StaffSearchView(
        StaffSearchForm form,
        List<Option> statuses,
        List<Option> channels,
        boolean searched,
        List<Row> rows,
        long total,
        boolean exactTotal,
        int page,
        int totalPages,
        String previousUrl,
        String nextUrl) {

    /** A choice in a select: the submitted value and its label. */
    public record Option(String value, String label) {}

    /** One found article; {@code siteUrl} only for a published one. */
    public record Row(
            long id,
            String editUrl,
            List<Fragment> title,
            String status,
            String statusName,
            String channel,
            String time,
            List<Fragment> snippet,
            String siteUrl) {}
}
