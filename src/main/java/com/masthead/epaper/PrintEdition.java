package com.masthead.epaper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Read access to the digital edition for the public site and other modules: a page's PDF and size, its areas,
 * the print order of its articles, an issue's whole PDF, and where an article ran. Thread-safe.
 */
@Service
public class PrintEdition {

    private final PrintFileRepository files;
    private final AreaRepository areas;
    private final PlacementRepository placements;

    PrintEdition(PrintFileRepository files, AreaRepository areas, PlacementRepository placements) {
        this.files = files;
        this.areas = areas;
        this.placements = placements;
    }

    public Optional<PageFile> pageFile(long pageId) {
        return files.pageFile(pageId);
    }

    public List<PageFile> pageFiles(Collection<Long> pageIds) {
        return files.pageFiles(pageIds);
    }

    public Optional<IssueFile> issueFile(long issueId) {
        return files.issueFile(issueId);
    }

    /** What readers see of a page: its accepted areas in reading order. */
    public List<PageArea> acceptedAreas(long pageId) {
        return areas.onPage(pageId, true);
    }

    /** Every area of a page, accepted or proposed, in reading order (the area editor's view). */
    public List<PageArea> allAreas(long pageId) {
        return areas.onPage(pageId, false);
    }

    /** One area, accepted or proposed. */
    public Optional<PageArea> area(long areaId) {
        return areas.find(areaId);
    }

    /**
     * The text blocks extracted from a page's PDF as stored (the JSON of the matcher's page text: page size and
     * blocks with {@code x, y, width, height} in PDF points), if any: what the area editor snaps to.
     */
    public Optional<String> textBlocks(long pageId) {
        return files.textBlocks(pageId);
    }

    /** The accepted areas of these articles, on whatever page, for print panels. */
    public List<PageArea> acceptedAreasOf(Collection<Long> articleIds) {
        return areas.acceptedOf(articleIds);
    }

    /** The placements on these pages in print order (main-page positions and continuations). */
    public List<Placement> placementsOn(Collection<Long> pageIds) {
        return placements.onPages(pageIds);
    }

    /** Where an article ran: its main page's position and the pages it continues on. */
    public List<Placement> placementsOf(long articleId) {
        return placements.of(articleId);
    }
}
