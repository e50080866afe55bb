package com.masthead.series.web;

import com.masthead.series.Series;
import com.masthead.series.SeriesCatalog;
import com.masthead.series.SeriesDraft;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.VersionTags;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/series")
@Tag(name = "Series", description = "Series of numbered articles")
class SeriesApiController {

    private final SeriesCatalog catalog;

    SeriesApiController(SeriesCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    PageResult<SeriesResponse> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return catalog.list(PageRequest.of(page, size, 20)).map(SeriesResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<SeriesResponse> get(@PathVariable long id) {
        return withVersion(catalog.require(id, null));
    }

    @PostMapping
    ResponseEntity<SeriesResponse> create(@Valid @RequestBody SeriesDraft draft) {
        Series created = catalog.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/series/" + created.id()))
                .eTag(VersionTags.of(created.version()))
                .body(SeriesResponse.of(created));
    }

    @PutMapping("/{id}")
    ResponseEntity<SeriesResponse> update(
            @PathVariable long id,
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @Valid @RequestBody SeriesDraft draft) {
        return withVersion(catalog.update(id, VersionTags.parse(ifMatch), draft));
    }

    private static ResponseEntity<SeriesResponse> withVersion(Series series) {
        return ResponseEntity.ok().eTag(VersionTags.of(series.version())).body(SeriesResponse.of(series));
    }

    record SeriesResponse(
            long id, String name, String slug, String description, String labelPrefix, int version, String url) {
        static SeriesResponse of(Series s) {
            return new SeriesResponse(
                    s.id(), s.name(), s.slug(), s.description(), s.labelPrefix(), s.version(), s.url());
        }
    }
}
