package com.masthead.site.web.search;

import com.masthead.article.ArticleReading;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.search.SearchHit;
import com.masthead.search.SearchQuery;
import com.masthead.search.SearchResults;
import com.masthead.search.SearchScope;
import com.masthead.search.SearchSort;
import com.masthead.search.Searching;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.DayRange;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.TeaserViews;
import com.masthead.site.web.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The public search page at {@code /search}: published articles only, relevance or newest first, filters for
 * channel (with its sub-channels), publication dates, print issue or page, and reporter. Bad filter values are
 * ignored rather than refused: a reader's typo never ends in an error page.
 */
@Controller
class SearchPageController {

    static final int PAGE_SIZE = 10;
    private static final int RECENT = 8;

    private final Searching searching;
    private final ChannelCatalog channels;
    private final ArticleReading articles;
    private final TeaserViews teasers;
    private final SiteSettingsService settings;
    private final LayoutModels layouts;

    SearchPageController(
            Searching searching,
            ChannelCatalog channels,
            ArticleReading articles,
            TeaserViews teasers,
            SiteSettingsService settings,
            LayoutModels layouts) {
        this.searching = searching;
        this.channels = channels;
        this.articles = articles;
        this.teasers = teasers;
        this.settings = settings;
        this.layouts = layouts;
    }

    @GetMapping("/search")
    String search(
            @ModelAttribute SearchForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        Text t = layouts.text();
        ZoneId zone = settings.current().timeZone();
        List<SearchPageModel.FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", form.from(), errors, t);
        LocalDate toDate = date("to", form.to(), errors, t);
        SearchQuery query = query(form, fromDate, toDate, zone);
        boolean newest = query.sort() == SearchSort.NEWEST;
        Long channelId = form.channelId();
        Long issueId = form.issueId();
        Long pageId = form.printPageId();
        boolean searched = query.hasText() && errors.isEmpty();
        SearchResults results = searched ? searching.search(query) : null;
        List<SearchPageModel.Result> rows = results == null
                ? List.of()
                : results.hits().items().stream().map(h -> row(h, zone)).toList();
        boolean empty = rows.isEmpty();
        String base = request.getRequestURI() + "?" + withoutPage(request.getQueryString());
        int totalPages = results == null
                ? 1
                : Math.min(SearchQuery.MAX_PAGE, results.hits().totalPages());
        // results change with every publication; let shared caches keep them briefly only
        response.setHeader("Cache-Control", "public, max-age=60");
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute(
                "layout",
                layouts.of(
                        request,
                        searched ? t.get("site.search.title-with", form.q()) : t.get("site.search.title"),
                        null,
                        null));
        model.addAttribute(
                "page",
                new SearchPageModel(
                        query.text(),
                        channelId,
                        fromDate == null ? "" : fromDate.toString(),
                        toDate == null ? "" : toDate.toString(),
                        query.reporter() == null ? "" : query.reporter(),
                        newest,
                        issueId != null || pageId != null ? t.get("site.search.print-filter") : null,
                        channels.all().stream()
                                .filter(Channel::visible)
                                .map(c -> new Crumb(c.name(), String.valueOf(c.id())))
                                .toList(),
                        rows,
                        results == null ? 0 : results.hits().total(),
                        results == null || results.exactTotal(),
                        query.page(),
                        totalPages,
                        query.page() > 1 ? base + "page=" + (query.page() - 1) : null,
                        searched && query.page() < totalPages ? base + "page=" + (query.page() + 1) : null,
                        searched && empty
                                ? searching.suggestions(query).stream()
                                        .map(s -> new Crumb(
                                                s, "/search?q=" + URLEncoder.encode(s, StandardCharsets.UTF_8)))
                                        .toList()
                                : List.of(),
                        searched && empty ? teasers.of(articles.latest(RECENT), null) : List.of(),
                        errors));
        return "site/search";
    }

    private SearchQuery query(SearchForm form, LocalDate fromDate, LocalDate toDate, ZoneId zone) {
        Long channelId = form.channelId();
        return new SearchQuery(
                form.q(),
                SearchScope.PUBLISHED,
                channelId == null || channels.find(channelId).isEmpty() ? null : channels.subtreeIds(channelId),
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant(),
                form.issueId(),
                form.printPageId(),
                form.reporter(),
                form.searchSort(),
                form.pageNumber(),
                PAGE_SIZE);
    }

    private SearchPageModel.Result row(SearchHit hit, ZoneId zone) {
        return new SearchPageModel.Result(
                hit.url(),
                hit.titleFragments(),
                channels.find(hit.channelId()).map(Channel::name).orElse(""),
                SiteFormat.dateTime(hit.publishedAt(), zone),
                hit.snippet());
    }

    private static String withoutPage(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : queryString.split("&")) {
            if (!pair.startsWith("page=") && !pair.isEmpty()) {
                kept.append(pair).append('&');
            }
        }
        return kept.toString();
    }

    /**
     * The day in a date field, or null: an unreadable one is ignored as before (no date input sends it), a day no
     * filter can use (outside years 1 to 9999) is named in {@code errors}.
     */
    private static LocalDate date(String field, String value, List<SearchPageModel.FieldError> errors, Text t) {
        LocalDate date;
        try {
            date = value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
        if (!DayRange.supported(date)) {
            errors.add(
                    new SearchPageModel.FieldError(field, t.get("filter.date.range", DayRange.FIRST, DayRange.LAST)));
            return null;
        }
        return date;
    }
}
