package com.masthead.epaper.web;

import com.masthead.edition.EditionCatalog;
import com.masthead.epaper.AreaEditing;
import com.masthead.epaper.AreaInput;
import com.masthead.epaper.PageArea;
import com.masthead.epaper.Placement;
import com.masthead.epaper.PlacementEditing;
import com.masthead.epaper.PlacementInput;
import com.masthead.epaper.PrintEdition;
import com.masthead.shared.VersionTags;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The areas (热区) of print pages and the print order of their articles, for the desk. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Page areas", description = "Clickable areas of print pages, their acceptance, and print order")
class AreaApiController {

    private final AreaEditing editing;
    private final PlacementEditing placements;
    private final PrintEdition edition;
    private final EditionCatalog catalog;
    private final AreaEditors editors;

    AreaApiController(
            AreaEditing editing,
            PlacementEditing placements,
            PrintEdition edition,
            EditionCatalog catalog,
            AreaEditors editors) {
        this.editing = editing;
        this.placements = placements;
        this.edition = edition;
        this.catalog = catalog;
        this.editors = editors;
    }

    @GetMapping("/pages/{id}/areas")
    List<AreaResponse> areas(@PathVariable long id) {
        catalog.requirePage(id);
        return edition.allAreas(id).stream().map(AreaResponse::of).toList();
    }

    @PostMapping("/pages/{id}/areas")
    ResponseEntity<AreaResponse> create(@PathVariable long id, @RequestBody AreaInput input) {
        PageArea created = editing.create(id, input, editors.current());
        return ResponseEntity.created(URI.create("/api/v1/areas/" + created.id()))
                .eTag(VersionTags.of(created.version()))
                .body(AreaResponse.of(created));
    }

    @PutMapping("/areas/{id}")
    ResponseEntity<AreaResponse> change(
            @PathVariable long id,
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @RequestBody AreaInput input) {
        PageArea changed = editing.change(id, VersionTags.parse(ifMatch), input, editors.current());
        return ResponseEntity.ok().eTag(VersionTags.of(changed.version())).body(AreaResponse.of(changed));
    }

    @DeleteMapping("/areas/{id}")
    ResponseEntity<Void> delete(
            @PathVariable long id, @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch) {
        editing.delete(id, VersionTags.parse(ifMatch), editors.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/pages/{id}/areas/accept")
    Map<String, Integer> acceptAll(@PathVariable long id) {
        return Map.of("accepted", editing.acceptAll(id, editors.current()));
    }

    @GetMapping("/pages/{id}/placements")
    List<PlacementResponse> placements(@PathVariable long id) {
        catalog.requirePage(id);
        return placements.onPage(id).stream().map(PlacementResponse::of).toList();
    }

    @PutMapping("/pages/{id}/placements")
    List<PlacementResponse> setPlacements(@PathVariable long id, @RequestBody PlacementsRequest request) {
        List<PlacementInput> list = request.placements() == null ? List.of() : request.placements();
        return placements.replace(id, list, editors.current()).stream()
                .map(PlacementResponse::of)
                .toList();
    }

    record PlacementsRequest(List<PlacementInput> placements) {}

    record AreaResponse(
            long id,
            long pageId,
            String kind,
            String polygon,
            int readingOrder,
            Long articleId,
            String linkUrl,
            String source,
            double confidence,
            boolean accepted,
            int version) {
        static AreaResponse of(PageArea a) {
            return new AreaResponse(
                    a.id(),
                    a.pageId(),
                    a.kind().code(),
                    a.polygon().text(),
                    a.readingOrder(),
                    a.articleId(),
                    a.linkUrl(),
                    a.source().code(),
                    a.confidence(),
                    a.accepted(),
                    a.version());
        }
    }

    record PlacementResponse(long articleId, long pageId, int printOrder, boolean continuation) {
        static PlacementResponse of(Placement p) {
            return new PlacementResponse(p.articleId(), p.pageId(), p.printOrder(), p.continuation());
        }
    }
}
