package com.masthead.edition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.Snapshot;
import com.masthead.shared.Snapshots;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Read access to newspapers, issues and pages. Print placements are cached by page id (a year of a daily paper is
 * a few thousand pages), so an article page resolves its print line without a query; the cache is a {@link
 * Snapshot}, replaced by an empty one after an edition change commits, here or on another instance. Thread-safe.
 */
@Service
public class EditionCatalog {

    private final EditionRepository editions;
    private final Snapshot<Cache<Long, Optional<PrintPlacement>>> placements;

    EditionCatalog(EditionRepository editions, Snapshots snapshots) {
        this.editions = editions;
        this.placements = snapshots.of(
                "print-placements",
                previous -> Caffeine.newBuilder().maximumSize(20_000).<Long, Optional<PrintPlacement>>build());
    }

    public List<Newspaper> newspapers() {
        return editions.newspapers();
    }

    public Newspaper requireNewspaper(long id) {
        return editions.newspaper(id).orElseThrow(() -> new NotFoundException("newspaper", id));
    }

    public Optional<Newspaper> newspaperBySlug(String slug) {
        return editions.newspaperBySlug(slug);
    }

    /** Issues of a newspaper, newest first. */
    public PageResult<NewspaperIssue> issues(long newspaperId, PageRequest request) {
        return new PageResult<>(
                editions.issues(newspaperId, request.size(), request.offset()),
                request.page(),
                request.size(),
                editions.countIssues(newspaperId));
    }

    public NewspaperIssue requireIssue(long id) {
        return editions.issue(id).orElseThrow(() -> new NotFoundException("issue", id));
    }

    public Optional<NewspaperIssue> issueOn(long newspaperId, LocalDate date) {
        return editions.issueOn(newspaperId, date);
    }

    public List<NewspaperPage> pages(long issueId) {
        return editions.pages(issueId);
    }

    public NewspaperPage requirePage(long id) {
        return editions.page(id).orElseThrow(() -> new NotFoundException("page", id));
    }

    /** Where a page sits in print; empty when the page does not exist. */
    public Optional<PrintPlacement> placement(long pageId) {
        return placements.get().get(pageId, editions::placement);
    }

    @EventListener
    void on(EditionChanged event) {
        placements.changed();
    }

    /** The newest issue readers may see at {@code now} (see {@link NewspaperIssue#visibleAt}), if any. */
    public Optional<NewspaperIssue> latestVisibleIssue(long newspaperId, Instant now) {
        return editions.latestVisibleIssue(newspaperId, now.toEpochMilli());
    }

    /** The issue of that date if readers may see it at {@code now}. */
    public Optional<NewspaperIssue> visibleIssueOn(long newspaperId, LocalDate date, Instant now) {
        return editions.issueOn(newspaperId, date).filter(issue -> issue.visibleAt(now));
    }

    /** The issues readers may see at {@code now} in that month, oldest first. */
    public List<NewspaperIssue> visibleIssuesIn(long newspaperId, YearMonth month, Instant now) {
        return editions.visibleIssuesBetween(newspaperId, month.atDay(1), month.atEndOfMonth(), now.toEpochMilli());
    }

    /** The visible issue nearest before {@code date}, for "earlier" links that skip empty months. */
    public Optional<NewspaperIssue> visibleIssueBefore(long newspaperId, LocalDate date, Instant now) {
        return editions.visibleIssueBefore(newspaperId, date, now.toEpochMilli());
    }

    /** The visible issue nearest after {@code date}. */
    public Optional<NewspaperIssue> visibleIssueAfter(long newspaperId, LocalDate date, Instant now) {
        return editions.visibleIssueAfter(newspaperId, date, now.toEpochMilli());
    }
}
