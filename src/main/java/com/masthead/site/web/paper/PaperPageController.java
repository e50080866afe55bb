package com.masthead.site.web.paper;

import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleTeaser;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.pagecache.PageTags;
import com.masthead.shared.ChineseNumerals;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.PageMissingException;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.TeaserViews;
import com.masthead.site.web.Text;
import com.masthead.site.web.channel.ChannelPageController;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The print edition online: {@code /paper/<slug>/} lists issues, {@code /paper/<slug>/<date>/} shows an issue's
 * pages with their articles, {@code /paper/<slug>/<date>/<n>/} one page. Two queries per issue page whatever its
 * size.
 */
@Controller
class PaperPageController {

    private static final int ISSUES_PER_PAGE = 30;

    private final EditionCatalog editions;
    private final ArticleReading articles;
    private final TeaserViews teasers;
    private final LayoutModels layouts;

    PaperPageController(EditionCatalog editions, ArticleReading articles, TeaserViews teasers, LayoutModels layouts) {
        this.editions = editions;
        this.articles = articles;
        this.teasers = teasers;
        this.layouts = layouts;
    }

    @GetMapping("/paper/{slug}/")
    String newspaper(
            @PathVariable String slug,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        Newspaper paper = newspaper(slug, request);
        PageTags.add("edition", paper.id());
        if (page < 1 || page > ChannelPageController.MAX_PAGE) {
            throw new PageMissingException(request.getRequestURI());
        }
        Text t = layouts.text();
        PageResult<NewspaperIssue> issues = editions.issues(paper.id(), new PageRequest(page, ISSUES_PER_PAGE));
        List<PaperPageModels.IssueLink> links = issues.items().stream()
                .map(i -> new PaperPageModels.IssueLink(
                        SiteFormat.longDate(i.date(), t), i.number(), paper.url() + i.date() + "/"))
                .toList();
        model.addAttribute("layout", layouts.of(request, paper.name(), paper.description(), paper.url()));
        model.addAttribute(
                "page",
                new PaperPageModels.NewspaperPage(
                        List.of(new Crumb(t.get("site.home"), "/"), new Crumb(paper.name(), paper.url())),
                        paper.name(),
                        paper.description(),
                        links,
                        page,
                        issues.hasNext()));
        return "site/paper/newspaper";
    }

    @GetMapping("/paper/{slug}/{date}/")
    String issue(@PathVariable String slug, @PathVariable String date, HttpServletRequest request, Model model) {
        return render(slug, date, null, request, model);
    }

    @GetMapping("/paper/{slug}/{date}/{number:\\d+}/")
    String page(
            @PathVariable String slug,
            @PathVariable String date,
            @PathVariable int number,
            HttpServletRequest request,
            Model model) {
        return render(slug, date, number, request, model);
    }

    private String render(String slug, String date, Integer onlyPage, HttpServletRequest request, Model model) {
        Newspaper paper = newspaper(slug, request);
        PageTags.add("edition", paper.id());
        NewspaperIssue issue = editions.issueOn(paper.id(), parseDate(date, request))
                .orElseThrow(() -> new PageMissingException(request.getRequestURI()));
        List<NewspaperPage> pages = editions.pages(issue.id()).stream()
                .filter(p -> onlyPage == null || p.number() == onlyPage)
                .toList();
        if (pages.isEmpty() && onlyPage != null) {
            throw new PageMissingException(request.getRequestURI());
        }
        Map<Long, List<ArticleTeaser>> byPage =
                articles.onPages(pages.stream().map(NewspaperPage::id).toList()).stream()
                        .collect(Collectors.groupingBy(ArticleTeaser::pageId));
        String issueUrl = paper.url() + issue.date() + "/";
        Text t = layouts.text();
        List<PaperPageModels.PrintPageBlock> blocks = new ArrayList<>();
        for (NewspaperPage p : pages) {
            PageTags.add("list:printpage", p.id());
            blocks.add(new PaperPageModels.PrintPageBlock(
                    t.get("site.paper.page-label", ChineseNumerals.of(p.number()), p.number()),
                    p.name(),
                    issueUrl + p.number() + "/",
                    teasers.of(byPage.getOrDefault(p.id(), List.of()), null)));
        }
        String dateText = SiteFormat.longDate(issue.date(), t);
        List<Crumb> crumbs = new ArrayList<>(List.of(
                new Crumb(t.get("site.home"), "/"),
                new Crumb(paper.name(), paper.url()),
                new Crumb(dateText, issueUrl)));
        String canonical = issueUrl;
        if (onlyPage != null) {
            PaperPageModels.PrintPageBlock only = blocks.get(0);
            crumbs.add(new Crumb(only.label(), only.url()));
            canonical = only.url();
        }
        String heading = t.get("site.paper.issue-heading", paper.name(), dateText);
        model.addAttribute("layout", layouts.of(request, heading, null, canonical));
        model.addAttribute("page", new PaperPageModels.IssuePage(crumbs, heading, issue.number(), blocks));
        return "site/paper/issue";
    }

    private Newspaper newspaper(String slug, HttpServletRequest request) {
        return editions.newspaperBySlug(slug).orElseThrow(() -> new PageMissingException(request.getRequestURI()));
    }

    private static LocalDate parseDate(String date, HttpServletRequest request) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new PageMissingException(request.getRequestURI());
        }
    }
}
