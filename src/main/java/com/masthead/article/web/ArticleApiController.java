package com.masthead.article.web;

import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleEditing;
import com.masthead.article.ArticleFilter;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleStatus;
import com.masthead.article.ArticleSummary;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.NewspaperPage;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.DayRange;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.VersionTags;
import com.masthead.staff.ApiPrincipal;
import com.masthead.staff.StaffMember;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Write, list, publish and take down articles")
class ArticleApiController {

    private final ArticleEditing editing;
    private final ArticleReading reading;
    private final EditionCatalog editions;
    private final SiteSettingsService settings;

    ArticleApiController(
            ArticleEditing editing, ArticleReading reading, EditionCatalog editions, SiteSettingsService settings) {
        this.editing = editing;
        this.reading = reading;
        this.editions = editions;
        this.settings = settings;
    }

    /**
     * Lists articles in every status, newest change first. {@code from}/{@code to} are publication dates
     * (inclusive) in the site's time zone; {@code issueId} keeps articles on any page of that print issue.
     */
    @GetMapping
    PageResult<ArticleSummary> list(
            @RequestParam(required = false) Long channelId,
            @RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long issueId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ZoneId zone = settings.current().timeZone();
        DayRange days = DayRange.of(from, to, zone);
        Instant start = days.start();
        Instant end = days.end();
        List<Long> pageIds = null;
        if (issueId != null) {
            editions.requireIssue(issueId);
            pageIds = editions.pages(issueId).stream().map(NewspaperPage::id).toList();
        }
        return reading.list(
                new ArticleFilter(channelId, status, start, end, issueId), pageIds, PageRequest.of(page, size, 20));
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleResponse> get(@PathVariable long id) {
        return withVersion(reading.find(id).orElseThrow(() -> new NotFoundException("article", id)));
    }

    @PostMapping
    ResponseEntity<ArticleResponse> create(
            @AuthenticationPrincipal ApiPrincipal token, @Valid @RequestBody ArticleContent content) {
        Article created = editing.create(content, StaffMember.ofToken(token));
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id()))
                .eTag(VersionTags.of(created.version()))
                .body(ArticleResponse.of(created));
    }

    /** Replaces the content; {@code If-Match} must carry the version last read, else 409 (or 400 when absent). */
    @PutMapping("/{id}")
    ResponseEntity<ArticleResponse> update(
            @AuthenticationPrincipal ApiPrincipal token,
            @PathVariable long id,
            @RequestHeader(name = VersionTags.HEADER_FIELD, required = false) String ifMatch,
            @Valid @RequestBody ArticleContent content) {
        return withVersion(editing.revise(id, VersionTags.parse(ifMatch), content, StaffMember.ofToken(token)));
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<ArticleResponse> publish(
            @AuthenticationPrincipal ApiPrincipal token,
            @PathVariable long id,
            @RequestBody(required = false) PublishRequest request) {
        return withVersion(editing.publishDirectly(
                id, request == null ? null : request.publishedAt(), StaffMember.ofToken(token)));
    }

    @PostMapping("/{id}/unpublish")
    ResponseEntity<ArticleResponse> unpublish(
            @AuthenticationPrincipal ApiPrincipal token,
            @PathVariable long id,
            @Valid @RequestBody UnpublishRequest request) {
        return withVersion(editing.unpublish(id, request.reason(), StaffMember.ofToken(token)));
    }

    private static ResponseEntity<ArticleResponse> withVersion(Article article) {
        return ResponseEntity.ok().eTag(VersionTags.of(article.version())).body(ArticleResponse.of(article));
    }

    /** {@code publishedAt}: the public time of a first publication, e.g. the print date; default now. */
    record PublishRequest(Instant publishedAt) {}

    record UnpublishRequest(@NotBlank @Size(max = 500) String reason) {}
}
