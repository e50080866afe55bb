package com.masthead.edition.web;

import com.masthead.edition.EditionCatalog;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.IssueDraft;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperDraft;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.edition.PageDraft;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.VersionTags;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
@RequestMapping("/api/v1")
@Tag(name = "Print editions", description = "Newspapers, their issues and pages")
class EditionApiController {

    private final EditionCatalog catalog;
    private final EditionEditing editing;

    EditionApiController(EditionCatalog catalog, EditionEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    /** Every newspaper as an array, or {@code {items, page, size, total}} with {@code page}/{@code size}. */
    @GetMapping("/newspapers")
    Object newspapers(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResult.pagedIfAsked(
                catalog.newspapers().stream().map(NewspaperResponse::of).toList(), page, size);
    }

    @GetMapping("/newspapers/{id}")
    ResponseEntity<NewspaperResponse> newspaper(@PathVariable long id) {
        Newspaper newspaper = catalog.requireNewspaper(id);
        return ResponseEntity.ok().eTag(VersionTags.of(newspaper.version())).body(NewspaperResponse.of(newspaper));
    }

    @PostMapping("/newspapers")
    ResponseEntity<NewspaperResponse> createNewspaper(@Valid @RequestBody NewspaperDraft draft) {
        Newspaper created = editing.createNewspaper(draft);
        return ResponseEntity.created(URI.create("/api/v1/newspapers/" + created.id()))
                .eTag(VersionTags.of(created.version()))
                .body(NewspaperResponse.of(created));
    }

    @PutMapping("/newspapers/{id}")
    ResponseEntity<NewspaperResponse> updateNewspaper(
            @PathVariable long id,
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @Valid @RequestBody NewspaperDraft draft) {
        Newspaper updated = editing.updateNewspaper(id, VersionTags.parse(ifMatch), draft);
        return ResponseEntity.ok().eTag(VersionTags.of(updated.version())).body(NewspaperResponse.of(updated));
    }

    @GetMapping("/newspapers/{id}/issues")
    PageResult<IssueResponse> issues(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        catalog.requireNewspaper(id);
        return catalog.issues(id, PageRequest.of(page, size, 20)).map(IssueResponse::of);
    }

    @PostMapping("/newspapers/{id}/issues")
    ResponseEntity<IssueResponse> createIssue(@PathVariable long id, @Valid @RequestBody IssueDraft draft) {
        NewspaperIssue created = editing.createIssue(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/issues/" + created.id()))
                .eTag(VersionTags.of(created.version()))
                .body(IssueResponse.of(created));
    }

    @GetMapping("/issues/{id}")
    ResponseEntity<IssueResponse> issue(@PathVariable long id) {
        NewspaperIssue issue = catalog.requireIssue(id);
        return ResponseEntity.ok().eTag(VersionTags.of(issue.version())).body(IssueResponse.of(issue));
    }

    @PutMapping("/issues/{id}")
    ResponseEntity<IssueResponse> updateIssue(
            @PathVariable long id,
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @Valid @RequestBody IssueDraft draft) {
        NewspaperIssue updated = editing.updateIssue(id, VersionTags.parse(ifMatch), draft);
        return ResponseEntity.ok().eTag(VersionTags.of(updated.version())).body(IssueResponse.of(updated));
    }

    /** An issue's pages as an array, or {@code {items, page, size, total}} with {@code page}/{@code size}. */
    @GetMapping("/issues/{id}/pages")
    Object pages(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        catalog.requireIssue(id);
        return PageResult.pagedIfAsked(
                catalog.pages(id).stream().map(PageResponse::of).toList(), page, size);
    }

    @PostMapping("/issues/{id}/pages")
    ResponseEntity<PageResponse> createPage(@PathVariable long id, @Valid @RequestBody PageDraft draft) {
        NewspaperPage created = editing.createPage(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/pages/" + created.id()))
                .eTag(VersionTags.of(created.version()))
                .body(PageResponse.of(created));
    }

    @GetMapping("/pages/{id}")
    ResponseEntity<PageResponse> page(@PathVariable long id) {
        NewspaperPage page = catalog.requirePage(id);
        return ResponseEntity.ok().eTag(VersionTags.of(page.version())).body(PageResponse.of(page));
    }

    @PutMapping("/pages/{id}")
    ResponseEntity<PageResponse> updatePage(
            @PathVariable long id,
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @Valid @RequestBody PageDraft draft) {
        NewspaperPage updated = editing.updatePage(id, VersionTags.parse(ifMatch), draft);
        return ResponseEntity.ok().eTag(VersionTags.of(updated.version())).body(PageResponse.of(updated));
    }

    record NewspaperResponse(long id, String name, String slug, String description, int version, String url) {
        static NewspaperResponse of(Newspaper n) {
            return new NewspaperResponse(n.id(), n.name(), n.slug(), n.description(), n.version(), n.url());
        }
    }

    record IssueResponse(
            long id, long newspaperId, LocalDate date, Integer number, String status, Instant goLiveAt, int version) {
        static IssueResponse of(NewspaperIssue i) {
            return new IssueResponse(
                    i.id(), i.newspaperId(), i.date(), i.number(), i.status().code(), i.goLiveAt(), i.version());
        }
    }

    record PageResponse(
            long id, long issueId, int number, String name, String label, String section, String editor, int version) {
        static PageResponse of(NewspaperPage p) {
            return new PageResponse(
                    p.id(), p.issueId(), p.number(), p.name(), p.label(), p.section(), p.editor(), p.version());
        }
    }
}
