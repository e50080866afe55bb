package com.masthead.search;

import java.time.Instant;
import java.util.List;

/**
 * A search as a reader or an editor asks it. {@code text} is plain words, never query syntax: every character is
 * taken literally, words separated by spaces must all match. Every filter is optional (null or empty means no
 * filter); {@code from}/{@code to} bound the publication time, inclusive/exclusive. Paging is clamped to {@link
 * #MAX_PAGE} pages of at most {@link #MAX_SIZE}.
 */
public record SearchQuery(
        String text,
        SearchScope scope,
        List<Long> channelIds,
        Instant from,
        Instant to,
        Long issueId,
        Long pageId,
        String reporter,
        SearchSort sort,
        int page,
        int size) {

    public static final int MAX_PAGE = 50;
    public static final int MAX_SIZE = 50;
    public static final int MAX_TEXT = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        scope = scope == null ? SearchScope.PUBLISHED : scope;
        channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
        reporter = reporter == null || reporter.isBlank() ? null : reporter.strip();
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.max(1, Math.min(MAX_PAGE, page));
        size = Math.max(1, Math.min(MAX_SIZE, size));
    }

    /** A reader's search for {@code text}: published articles, best match first, first page of ten. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, SearchScope.PUBLISHED, null, null, null, null, null, null, null, 1, 10);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, scope, channelIds, from, to, issueId, pageId, reporter, sort, page, size);
    }

    public SearchQuery withScope(SearchScope newScope) {
        return new SearchQuery(text, newScope, channelIds, from, to, issueId, pageId, reporter, sort, page, size);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, scope, channelIds, from, to, issueId, pageId, reporter, newSort, page, size);
    }

    public SearchQuery withPage(int newPage, int newSize) {
        return new SearchQuery(text, scope, channelIds, from, to, issueId, pageId, reporter, sort, newPage, newSize);
    }

    public SearchQuery withChannels(List<Long> ids) {
        return new SearchQuery(text, scope, ids, from, to, issueId, pageId, reporter, sort, page, size);
    }

    public SearchQuery withPeriod(Instant newFrom, Instant newTo) {
        return new SearchQuery(text, scope, channelIds, newFrom, newTo, issueId, pageId, reporter, sort, page, size);
    }

    public SearchQuery withPrint(Long newIssueId, Long newPageId) {
        return new SearchQuery(text, scope, channelIds, from, to, newIssueId, newPageId, reporter, sort, page, size);
    }

    public SearchQuery withReporter(String name) {
        return new SearchQuery(text, scope, channelIds, from, to, issueId, pageId, name, sort, page, size);
    }

    public boolean hasText() {
        return !text.isBlank();
    }
}
