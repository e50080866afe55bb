package com.masthead.site.web.paper;

import com.masthead.article.ArticleTeaser;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.pagecache.PageTags;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.PageMissingException;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.TeaserViews;
import com.masthead.site.web.Text;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The digital edition (数字报): {@code /paper/<slug>/} shows the latest issue's first page, {@code
 * /paper/<slug>/calendar/<yyyy-mm>/} the 往期回顾 calendar of a month, {@code /paper/<slug>/<date>/} an issue's
 * pages with their articles, {@code /paper/<slug>/<date>/<n>/} one page (版面). Readers see only issues that are
 * published and live ({@link NewspaperIssue#visibleAt}); other addresses answer 404.
 */
@Controller
class PaperPageController {

    private final EditionCatalog editions;
    private final PrintPages pages;
    private final PrintPageViews views;
    private final IssueCalendars calendars;
    private final TeaserViews teasers;
    private final LayoutModels layouts;
    private final Clock clock;

    PaperPageController(
            EditionCatalog editions,
            PrintPages pages,
            PrintPageViews views,
            IssueCalendars calendars,
            TeaserViews teasers,
            LayoutModels layouts,
            Clock clock) {
        this.editions = editions;
        this.pages = pages;
        this.views = views;
        this.calendars = calendars;
        this.teasers = teasers;
        this.layouts = layouts;
        this.clock = clock;
    }

    @GetMapping("/paper/{slug}/")
    String latest(@PathVariable String slug, HttpServletRequest request, Model model) {
        Newspaper paper = newspaper(slug, request);
        PageTags.add("edition", paper.id());
        NewspaperIssue issue =
                editions.latestVisibleIssue(paper.id(), clock.instant()).orElse(null);
        PrintPages.IssueContents contents = issue == null ? null : pages.issue(paper, issue);
        if (contents == null || contents.pages().isEmpty()) {
            Text t = layouts.text();
            model.addAttribute("layout", layouts.of(request, paper.name(), paper.description(), paper.url()));
            model.addAttribute(
                    "page",
                    new PaperPageModels.NewspaperPage(
                            List.of(new Crumb(t.get("site.home"), "/"), new Crumb(paper.name(), paper.url())),
                            paper.name(),
                            paper.description()));
            return "site/paper/newspaper";
        }
        return pageView(contents, contents.pages().get(0), request, model);
    }

    @GetMapping("/paper/{slug}/calendar/{month}/")
    String calendar(@PathVariable String slug, @PathVariable String month, HttpServletRequest request, Model model) {
        Newspaper paper = newspaper(slug, request);
        PageTags.add("edition", paper.id());
        YearMonth shown = parse(() -> YearMonth.parse(month), request);
        Text t = layouts.text();
        PaperPageModels.IssueCalendar calendar = calendars.of(paper, shown, null, clock.instant(), t);
        String heading = t.get("site.paper.calendar.heading", paper.name(), calendar.heading());
        model.addAttribute("layout", layouts.of(request, heading, null, IssueCalendars.url(paper, shown)));
        model.addAttribute("crumbs", crumbs(paper, t));
        model.addAttribute("heading", heading);
        model.addAttribute("calendar", calendar);
        return "site/paper/calendar";
    }

    @GetMapping("/paper/{slug}/{date}/")
    String issue(@PathVariable String slug, @PathVariable String date, HttpServletRequest request, Model model) {
        PrintPages.IssueContents issue = visibleIssue(slug, date, request);
        Text t = layouts.text();
        List<PaperPageModels.PrintPageBlock> blocks = new ArrayList<>();
        for (NewspaperPage p : issue.pages()) {
            PageTags.add("list:printpage", p.id());
            List<ArticleTeaser> onPage = issue.inPrintOrder(p);
            blocks.add(new PaperPageModels.PrintPageBlock(
                    PrintLabels.title(p, t), issue.pageUrl(p), teasers.of(onPage, null)));
        }
        String dateText = SiteFormat.longDate(issue.issue().date(), t);
        List<Crumb> crumbs = crumbs(issue.paper(), t);
        crumbs.add(new Crumb(dateText, issue.issueUrl()));
        String heading = t.get("site.paper.issue-heading", issue.paper().name(), dateText);
        model.addAttribute("layout", layouts.of(request, heading, null, issue.issueUrl()));
        model.addAttribute(
                "page",
                new PaperPageModels.IssuePage(crumbs, heading, issue.issue().number(), blocks, calendar(issue, t)));
        return "site/paper/issue";
    }

    @GetMapping("/paper/{slug}/{date}/{number:\\d+}/")
    String page(
            @PathVariable String slug,
            @PathVariable String date,
            @PathVariable int number,
            HttpServletRequest request,
            Model model) {
        PrintPages.IssueContents issue = visibleIssue(slug, date, request);
        NewspaperPage page = issue.number(number).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        return pageView(issue, page, request, model);
    }

    private String pageView(
            PrintPages.IssueContents issue, NewspaperPage page, HttpServletRequest request, Model model) {
        PageTags.add("edition", issue.paper().id());
        PageTags.add("list:printpage", page.id());
        Text t = layouts.text();
        List<Crumb> crumbs = crumbs(issue.paper(), t);
        crumbs.add(new Crumb(SiteFormat.longDate(issue.issue().date(), t), issue.issueUrl()));
        crumbs.add(new Crumb(PrintLabels.label(page, t), issue.pageUrl(page)));
        PaperPageModels.PrintPageView view = views.of(pages.complete(issue, page), page, crumbs, calendar(issue, t), t);
        model.addAttribute(
                "layout", layouts.of(request, view.heading() + " " + view.pageTitle(), null, issue.pageUrl(page)));
        model.addAttribute("page", view);
        return "site/paper/page";
    }

    private PaperPageModels.IssueCalendar calendar(PrintPages.IssueContents issue, Text t) {
        LocalDate date = issue.issue().date();
        return calendars.of(issue.paper(), YearMonth.from(date), date, clock.instant(), t);
    }

    private PrintPages.IssueContents visibleIssue(String slug, String date, HttpServletRequest request) {
        Newspaper paper = newspaper(slug, request);
        PageTags.add("edition", paper.id());
        LocalDate day = parse(() -> LocalDate.parse(date), request);
        Instant now = clock.instant();
        NewspaperIssue issue = editions.visibleIssueOn(paper.id(), day, now)
                .orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        return pages.issue(paper, issue);
    }

    private static List<Crumb> crumbs(Newspaper paper, Text t) {
        return new ArrayList<>(List.of(new Crumb(t.get("site.home"), "/"), new Crumb(paper.name(), paper.url())));
    }

    private Newspaper newspaper(String slug, HttpServletRequest request) {
        return editions.newspaperBySlug(slug).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, HttpServletRequest request) {
        try {
            return parser.get();
        } catch (DateTimeParseException e) {
            throw new PageMissingException(request.getRequestURI());
        }
    }
}
