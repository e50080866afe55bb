package com.masthead.search.web;

import com.masthead.article.ArticleStatus;
import com.masthead.search.ConsistencyReport;
import com.masthead.search.DictionaryTerm;
import com.masthead.search.NewsroomDictionary;
import com.masthead.search.SearchHit;
import com.masthead.search.SearchIndexing;
import com.masthead.search.SearchQuery;
import com.masthead.search.SearchResults;
import com.masthead.search.SearchScope;
import com.masthead.search.SearchSort;
import com.masthead.search.Searching;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.DayRange;
import com.masthead.staff.Actors;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff search (every state, drafts included) and index administration: the newsroom dictionary, rebuild and the
 * consistency check. Reading needs any staff token; changes need an admin one (see the API security chain).
 */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Staff full-text search, newsroom dictionary, index rebuild and check")
class SearchApiController {

    private final Searching searching;
    private final SearchIndexing indexing;
    private final NewsroomDictionary dictionary;
    private final SiteSettingsService settings;

    SearchApiController(
            Searching searching, SearchIndexing indexing, NewsroomDictionary dictionary, SiteSettingsService settings) {
        this.searching = searching;
        this.indexing = indexing;
        this.dictionary = dictionary;
        this.settings = settings;
    }

    /**
     * Searches all articles, or those in one {@code status}; {@code from}/{@code to} are publication dates
     * (inclusive) in the site time zone.
     */
    @GetMapping
    SearchResponse search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) Long channelId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long issueId,
            @RequestParam(required = false) Long pageId,
            @RequestParam(required = false) String reporter,
            @RequestParam(required = false) SearchSort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        ZoneId zone = settings.current().timeZone();
        DayRange days = DayRange.of(from, to, zone);
        Instant start = days.start();
        Instant end = days.end();
        SearchQuery query = new SearchQuery(
                q,
                SearchScope.of(status),
                channelId == null ? null : List.of(channelId),
                start,
                end,
                issueId,
                pageId,
                reporter,
                sort,
                page,
                size);
        return SearchResponse.of(searching.search(query));
    }

    @GetMapping("/dictionary")
    List<DictionaryTerm> terms() {
        return dictionary.list();
    }

    /** Adds a term; the index is rebuilt with it in the background (searches go on). */
    @PostMapping("/dictionary")
    ResponseEntity<DictionaryTerm> addTerm(@Valid @RequestBody TermRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(dictionary.add(request.term(), request.kind(), Actors.current()));
    }

    @DeleteMapping("/dictionary/{id}")
    ResponseEntity<Void> removeTerm(@PathVariable long id) {
        dictionary.remove(id, Actors.current());
        return ResponseEntity.noContent().build();
    }

    /** Starts a full rebuild in the background; 202 at once. */
    @PostMapping("/rebuild")
    ResponseEntity<Map<String, Object>> rebuild() {
        indexing.rebuildInBackground();
        return ResponseEntity.accepted().body(Map.of("rebuilding", true));
    }

    @GetMapping("/check")
    ConsistencyReport check() {
        return indexing.check();
    }

    record TermRequest(
            @NotBlank @Size(max = 40) String term,
            @Size(max = 20) String kind) {}

    /** One page of staff search results, in the API's one pagination shape. */
    record SearchResponse(List<HitResponse> items, int page, int size, long total, boolean exactTotal) {

        static SearchResponse of(SearchResults results) {
            var hits = results.hits();
            return new SearchResponse(
                    hits.items().stream().map(HitResponse::of).toList(),
                    hits.page(),
                    hits.size(),
                    hits.total(),
                    results.exactTotal());
        }
    }

    record HitResponse(
            long id,
            long channelId,
            ArticleStatus status,
            String title,
            String snippet,
            String url,
            Instant publishedAt,
            Instant updatedAt) {

        static HitResponse of(SearchHit hit) {
            StringBuilder snippet = new StringBuilder();
            hit.snippet().forEach(f -> snippet.append(f.text()));
            return new HitResponse(
                    hit.articleId(),
                    hit.channelId(),
                    hit.status(),
                    hit.title(),
                    snippet.toString(),
                    hit.url(),
                    hit.publishedAt(),
                    hit.updatedAt());
        }
    }
}
