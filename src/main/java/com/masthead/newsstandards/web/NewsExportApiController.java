package com.masthead.newsstandards.web;

import com.masthead.newsstandards.NewsExport;
import com.masthead.newsstandards.WireFormat;
import com.masthead.shared.VersionTags;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Published articles as IPTC ninjs 2.1 and NewsML-G2 newsItem: by path ({@code /ninjs}, {@code /newsml}) or by
 * {@code Accept} on the article itself. The ETag is the live revision, so a client polling with
 * {@code If-None-Match} gets 304 until a new version goes live.
 */
@RestController
@RequestMapping("/api/v1/articles/{id}")
@Tag(name = "News standards", description = "Published articles as ninjs and NewsML-G2")
class NewsExportApiController {

    static final String NINJS = "application/ninjs+json";
    static final String NEWSML = "application/vnd.iptc.g2.newsitem+xml";

    private final NewsExport export;

    NewsExportApiController(NewsExport export) {
        this.export = export;
    }

    @GetMapping(
            path = "/ninjs",
            produces = {NINJS, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> ninjs(@PathVariable long id, WebRequest request) {
        return answer(id, WireFormat.NINJS, request);
    }

    @GetMapping(
            path = "/newsml",
            produces = {NEWSML, MediaType.APPLICATION_XML_VALUE})
    ResponseEntity<String> newsMl(@PathVariable long id, WebRequest request) {
        return answer(id, WireFormat.NEWSML, request);
    }

    @GetMapping(produces = NINJS)
    ResponseEntity<String> ninjsByAccept(@PathVariable long id, WebRequest request) {
        return answer(id, WireFormat.NINJS, request);
    }

    @GetMapping(produces = NEWSML)
    ResponseEntity<String> newsMlByAccept(@PathVariable long id, WebRequest request) {
        return answer(id, WireFormat.NEWSML, request);
    }

    private ResponseEntity<String> answer(long id, WireFormat format, WebRequest request) {
        NewsExport.Rendered rendered = export.render(id, format);
        String tag = VersionTags.of(rendered.version());
        if (request.checkNotModified(tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
        }
        return ResponseEntity.ok()
                .eTag(tag)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .body(rendered.body());
    }
}
