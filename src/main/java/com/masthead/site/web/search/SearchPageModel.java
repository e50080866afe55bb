package com.masthead.site.web.search;

import com.masthead.search.Fragment;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.TeaserView;
import java.util.List;

/**
 * The search page: the query and filters as the reader set them, a page of results with marked words (and their
 * number, or a lower bound when {@code exactTotal} is false), and for no results the suggestions and the latest
 * articles. {@code errors} name the filters that could not be used (the page then answers 400 and searches
 * nothing).
 */
public record SearchPageModel(
        String query,
        Long channelId,
        String from,
        String to,
        String reporter,
        boolean newest,
        String printFilter,
        List<Crumb> channelOptions,
        List<Result> results,
        long total,
        boolean exactTotal,
        int page,
        int totalPages,
        String previousUrl,
        String nextUrl,
        List<Crumb> suggestions,
        List<TeaserView> recent,
        List<FieldError> errors) {

    public boolean searched() {
        return query != null && !query.isBlank();
    }

    /** A filter field that could not be used, and why, in the reader's language. */
    public record FieldError(String field, String message) {}

    /** One result: marked title, channel, time and passage. */
    public record Result(String url, List<Fragment> title, String channel, String time, List<Fragment> snippet) {}
}
