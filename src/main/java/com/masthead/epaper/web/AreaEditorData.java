package com.masthead.epaper.web;

import com.masthead.article.ArticleReading;
import com.masthead.edition.EditionCatalog;
import com.masthead.epaper.PrintEdition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the area editor's script asks for: the page's text blocks to snap to, and articles to pick by title (the
 * page's own articles first, then any article by title or number).
 */
@RestController
class AreaEditorData {

    private static final int MAX_RESULTS = 20;

    private final PrintEdition edition;
    private final EditionCatalog catalog;
    private final AreaEditorScreen screen;
    private final ArticleReading articles;

    AreaEditorData(PrintEdition edition, EditionCatalog catalog, AreaEditorScreen screen, ArticleReading articles) {
        this.edition = edition;
        this.catalog = catalog;
        this.screen = screen;
        this.articles = articles;
    }

    /** The rectangles of the page's text blocks in PDF points ({@code [{x, y, width, height}]}); empty when none. */
    @GetMapping("/admin/pages/{pageId}/areas/blocks")
    ResponseEntity<List<Block>> blocks(@PathVariable long pageId) {
        catalog.requirePage(pageId);
        List<Block> blocks = new ArrayList<>();
        edition.textBlocks(pageId).ifPresent(json -> {
            try {
                for (JsonNode b : JsonMapper.shared().readTree(json).path("blocks")) {
                    blocks.add(new Block(
                            b.path("x").asDouble(),
                            b.path("y").asDouble(),
                            b.path("width").asDouble(),
                            b.path("height").asDouble()));
                }
            } catch (JacksonException e) {
                // blocks stored by an older intake in another shape: nothing to snap to
            }
        });
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(blocks);
    }

    /**
     * Articles whose title contains {@code q}: the page's own first, then any other article (newest change first),
     * then the article numbered {@code q}; at most 20 plus that one.
     */
    @GetMapping("/admin/pages/{pageId}/areas/articles")
    ResponseEntity<List<AreaEditorScreen.Choice>> articles(
            @PathVariable long pageId, @RequestParam(defaultValue = "") String q) {
        catalog.requirePage(pageId);
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<AreaEditorScreen.Choice> found = new ArrayList<>(screen.placedArticles(pageId).stream()
                .filter(c -> c.title().toLowerCase(Locale.ROOT).contains(needle))
                .limit(MAX_RESULTS)
                .toList());
        articles.titled(needle, MAX_RESULTS).stream()
                .filter(a -> found.stream().noneMatch(c -> c.id() == a.id()))
                .limit(Math.max(0, MAX_RESULTS - found.size()))
                .forEach(a -> found.add(new AreaEditorScreen.Choice(a.id(), a.title())));
        if (needle.matches("\\d{1,18}")) {
            long id = Long.parseLong(needle);
            articles.find(id)
                    .filter(a -> found.stream().noneMatch(c -> c.id() == id))
                    .ifPresent(a -> found.add(
                            new AreaEditorScreen.Choice(id, a.working().title())));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(found);
    }

    record Block(double x, double y, double width, double height) {}
}
