package com.masthead.edition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Read access to newspapers, issues and pages. Print placements are cached by page id (a year of a daily paper is
 * a few thousand pages), so an article page resolves its print line without a query. Thread-safe.
 */
@Service
public class EditionCatalog {

    private final EditionRepository editions;
    private final Cache<Long, Optional<PrintPlacement>> placements = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    EditionCatalog(EditionRepository editions) {
        this.editions = editions;
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
        return placements.get(pageId, editions::placement);
    }

    @EventListener
    void on(EditionChanged event) {
        placements.invalidateAll();
    }
}
