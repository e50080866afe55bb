package com.masthead.epaper;

import com.masthead.edition.EditionCatalog;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The area editor's changes to the areas (热区) of a print page: create, change, accept, accept all, delete. Each
 * change is checked ({@link AreaRules}: the fields are named in the {@link com.masthead.shared.InvalidInputException}),
 * compare-and-set on the area's version ({@link VersionConflictException} when someone changed it first), written
 * with a revision row (the area as JSON, the staff id), audited ({@link AreaChanged}, inside the transaction) and
 * followed by {@link PrintPageChanged} naming the page and the articles whose areas changed. A refused change saves
 * nothing. Areas an editor creates or touches are accepted.
 */
@Service
public class AreaEditing {

    private final AreaRepository areas;
    private final PrintFileRepository files;
    private final AreaRules rules;
    private final EditionCatalog editions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AreaEditing(
            AreaRepository areas,
            PrintFileRepository files,
            AreaRules rules,
            EditionCatalog editions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.areas = areas;
        this.files = files;
        this.rules = rules;
        this.editions = editions;
        this.events = events;
        this.clock = clock;
    }

    /** Draws a new area on a page; it is accepted, with source {@code drawn} and confidence 1. */
    @Transactional
    public PageArea create(long pageId, AreaInput input, AreaEditor by) {
        editions.requirePage(pageId);
        List<PageArea> existing = areas.onPage(pageId, false);
        int next = existing.stream().mapToInt(PageArea::readingOrder).max().orElse(0) + 1;
        AreaDraft draft =
                rules.check(input, files.pageFile(pageId).orElse(null), Math.min(next, 999), AreaSource.DRAWN, 1.0);
        long id = areas.insert(pageId, draft, clock.millis());
        PageArea created = areas.find(id).orElseThrow();
        record("created", created, by, articles(created));
        return created;
    }

    /** Replaces an area's kind, polygon, article, link and reading order; the area becomes accepted. */
    @Transactional
    public PageArea change(long areaId, int version, AreaInput input, AreaEditor by) {
        PageArea before = require(areaId);
        AreaDraft draft = rules.check(
                input,
                files.pageFile(before.pageId()).orElse(null),
                before.readingOrder(),
                before.source(),
                before.confidence());
        if (!areas.update(areaId, version, draft, clock.millis())) {
            throw new VersionConflictException("area", areaId, version);
        }
        PageArea after = areas.find(areaId).orElseThrow();
        record("changed", after, by, articles(before, after));
        return after;
    }

    /** Accepts a proposed area as it is: readers see it once the issue is live. */
    @Transactional
    public PageArea accept(long areaId, int version, AreaEditor by) {
        PageArea area = require(areaId);
        if (!areas.update(areaId, version, accepted(area), clock.millis())) {
            throw new VersionConflictException("area", areaId, version);
        }
        PageArea after = areas.find(areaId).orElseThrow();
        record("accepted", after, by, articles(after));
        return after;
    }

    /** Accepts every proposed area of a page; returns how many were accepted. One revision and audit entry each. */
    @Transactional
    public int acceptAll(long pageId, AreaEditor by) {
        editions.requirePage(pageId);
        int accepted = 0;
        Set<Long> articleIds = new HashSet<>();
        for (PageArea area : areas.onPage(pageId, false)) {
            if (area.accepted()) {
                continue;
            }
            if (!areas.update(area.id(), area.version(), accepted(area), clock.millis())) {
                throw new VersionConflictException("area", area.id(), area.version());
            }
            PageArea after = areas.find(area.id()).orElseThrow();
            audit("accepted", after, by);
            articleIds.addAll(articles(after));
            accepted++;
        }
        if (accepted > 0) {
            events.publishEvent(new PrintPageChanged(pageId, articleIds));
        }
        return accepted;
    }

    /** Deletes an area; its last state stays in the revisions. */
    @Transactional
    public void delete(long areaId, int version, AreaEditor by) {
        PageArea area = require(areaId);
        if (!areas.delete(areaId, version)) {
            throw new VersionConflictException("area", areaId, version);
        }
        record("deleted", area, by, articles(area));
    }

    /** The revisions of a page's areas, newest first. */
    public List<AreaRevision> revisions(long pageId, int limit) {
        return areas.revisionsOfPage(pageId, limit);
    }

    private PageArea require(long areaId) {
        return areas.find(areaId).orElseThrow(() -> new NotFoundException("area", areaId));
    }

    private static AreaDraft accepted(PageArea a) {
        return new AreaDraft(
                a.kind(), a.polygon(), a.readingOrder(), a.articleId(), a.linkUrl(), a.source(), a.confidence(), true);
    }

    private void record(String action, PageArea area, AreaEditor by, Set<Long> articleIds) {
        audit(action, area, by);
        events.publishEvent(new PrintPageChanged(area.pageId(), articleIds));
    }

    private void audit(String action, PageArea area, AreaEditor by) {
        String state = json(area);
        areas.insertRevision(area.id(), area.pageId(), action, state, by.staffId(), clock.millis());
        events.publishEvent(new AreaChanged("epaper.area-" + action, area.id(), area.pageId(), by.actor(), state));
    }

    private static Set<Long> articles(PageArea... states) {
        return java.util.Arrays.stream(states)
                .map(PageArea::articleId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The area as its revision stores it. */
    static String json(PageArea a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind().code());
        m.put("polygon", a.polygon().text());
        m.put("readingOrder", a.readingOrder());
        m.put("articleId", a.articleId());
        m.put("linkUrl", a.linkUrl());
        m.put("source", a.source().code());
        m.put("confidence", a.confidence());
        m.put("accepted", a.accepted());
        m.put("version", a.version());
        return JsonMapper.shared().writeValueAsString(m);
    }
}
