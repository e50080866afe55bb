package com.masthead.search.web;

import com.masthead.article.ArticleStatus;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FilterLinks;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.search.SearchHit;
import com.masthead.search.SearchQuery;
import com.masthead.search.SearchResults;
import com.masthead.search.SearchScope;
import com.masthead.search.SearchSort;
import com.masthead.search.Searching;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Full-text search in the staff UI: every state (drafts, published, taken down) or one of them, with the public
 * page's filters (channel with its sub-channels, publication dates, reporter) and both orders. Results lead to the
 * article's page in the newsroom. Unlike the readers' page, a bad filter is refused with the field named.
 */
@Controller
class StaffSearchController {

    static final String PATH = "/admin/search";
    static final int PAGE_SIZE = 20;
    static final int MAX_REPORTER = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BackofficePages pages;
    private final Searching searching;
    private final ChannelCatalog channels;
    private final SiteSettingsService settings;

    StaffSearchController(
            BackofficePages pages, Searching searching, ChannelCatalog channels, SiteSettingsService settings) {
        this.pages = pages;
        this.searching = searching;
        this.channels = channels;
        this.settings = settings;
    }

    @GetMapping(PATH)
    String search(
            HttpServletRequest request,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String reporter,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            Model model) {
        BackofficePage frame = pages.of(request, "search.staff.title");
        Messages t = frame.t();
        StaffSearchForm form = StaffSearchForm.of(q, status, channel, from, to, reporter, sort);
        ZoneId zone = settings.current().timeZone();
        List<FieldProblem> problems = new ArrayList<>();
        SearchQuery query = query(form, page, zone, problems);
        boolean searched = problems.isEmpty() && query.hasText();
        SearchResults results = searched ? searching.search(query) : null;
        model.addAttribute("page", frame);
        model.addAttribute("errors", FormErrors.of(problems, t));
        model.addAttribute("view", view(form, query, results, zone, t));
        return "admin/search/results";
    }

    private SearchQuery query(StaffSearchForm form, Integer page, ZoneId zone, List<FieldProblem> problems) {
        if (form.q().length() > SearchQuery.MAX_TEXT) {
            problems.add(new FieldProblem("q", "search.staff.q.too-long", SearchQuery.MAX_TEXT));
        }
        ArticleStatus status = null;
        if (!form.status().isEmpty()) {
            status = Arrays.stream(ArticleStatus.values())
                    .filter(s -> s.name().equals(form.status()))
                    .findFirst()
                    .orElse(null);
            if (status == null) {
                problems.add(new FieldProblem("status", "search.staff.status.invalid"));
            }
        }
        List<Long> channelIds = null;
        if (!form.channel().isEmpty()) {
            Long id = form.channel().matches("\\d{1,15}") ? Long.valueOf(form.channel()) : null;
            if (id == null || channels.find(id).isEmpty()) {
                problems.add(new FieldProblem("channel", "search.staff.channel.invalid"));
            } else {
                channelIds = channels.subtreeIds(id);
            }
        }
        LocalDate fromDate = FormInput.date("from", form.from(), "search.staff.date.invalid", problems);
        LocalDate toDate = FormInput.date("to", form.to(), "search.staff.date.invalid", problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new FieldProblem("to", "search.staff.to.before-from"));
        }
        if (form.reporter().length() > MAX_REPORTER) {
            problems.add(new FieldProblem("reporter", "search.staff.reporter.too-long", MAX_REPORTER));
        }
        Instant start = fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant();
        Instant end =
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant();
        return new SearchQuery(
                form.q().length() > SearchQuery.MAX_TEXT ? "" : form.q(),
                SearchScope.of(status),
                channelIds,
                start,
                end,
                null,
                null,
                form.reporter().isEmpty() || form.reporter().length() > MAX_REPORTER ? null : form.reporter(),
                form.newest() ? SearchSort.NEWEST : SearchSort.RELEVANCE,
                page == null ? 1 : page,
                PAGE_SIZE);
    }

    private StaffSearchView view(
            StaffSearchForm form, SearchQuery query, SearchResults results, ZoneId zone, Messages t) {
        List<StaffSearchView.Option> statuses = Arrays.stream(ArticleStatus.values())
                .map(s -> new StaffSearchView.Option(s.name(), t.get("article.status." + s.name())))
                .toList();
        List<StaffSearchView.Option> channelOptions = channels.all().stream()
                .map(c -> new StaffSearchView.Option(String.valueOf(c.id()), c.name()))
                .toList();
        if (results == null) {
            return new StaffSearchView(form, statuses, channelOptions, false, List.of(), 0, true, 1, 1, null, null);
        }
        var hits = results.hits();
        int totalPages = Math.max(1, Math.min(SearchQuery.MAX_PAGE, hits.totalPages()));
        return new StaffSearchView(
                form,
                statuses,
                channelOptions,
                true,
                hits.items().stream().map(h -> row(h, zone, t)).toList(),
                hits.total(),
                results.exactTotal(),
                query.page(),
                totalPages,
                query.page() > 1 ? pageUrl(form, query.page() - 1) : null,
                query.page() < totalPages ? pageUrl(form, query.page() + 1) : null);
    }

    private StaffSearchView.Row row(SearchHit hit, ZoneId zone, Messages t) {
        Instant time = hit.publishedAt() == null ? hit.updatedAt() : hit.publishedAt();
        boolean published = hit.status() == ArticleStatus.PUBLISHED;
        return new StaffSearchView.Row(
                hit.articleId(),
                "/admin/articles/" + hit.articleId(),
                hit.titleFragments(),
                hit.status().name(),
                t.get("article.status." + hit.status().name()),
                channels.find(hit.channelId()).map(Channel::name).orElse("?"),
                time == null ? "" : TIME.format(time.atZone(zone)),
                hit.snippet(),
                published ? hit.url() : null);
    }

    /** The same search on another page; every value URL-encoded. */
    static String pageUrl(StaffSearchForm form, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", form.q());
        params.put("status", form.status());
        params.put("channel", form.channel());
        params.put("from", form.from());
        params.put("to", form.to());
        params.put("reporter", form.reporter());
        params.put("sort", form.newest() ? "newest" : null);
        params.put("page", page > 1 ? String.valueOf(page) : null);
        return FilterLinks.url(PATH, params);
    }
}
