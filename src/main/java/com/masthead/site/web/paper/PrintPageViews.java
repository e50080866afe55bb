package com.masthead.site.web.paper;

import com.masthead.article.ArticleTeaser;
import com.masthead.edition.NewspaperPage;
import com.masthead.epaper.AreaKind;
import com.masthead.epaper.IssueFile;
import com.masthead.epaper.PageArea;
import com.masthead.epaper.PageFile;
import com.masthead.epaper.PrintEdition;
import com.masthead.pagecache.PageTags;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.Text;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Builds the page view (版面) of {@code /paper/<slug>/<date>/<n>/}: image, areas as links, articles in print order
 * with their continuation notes, 版面导航, previous/next page and the PDF addresses.
 */
@Component
class PrintPageViews {

    /** The width asked for the page view's image: the 960 px rendition on the default widths. */
    static final int PAGE_IMAGE_WIDTH = 960;

    private final PrintPages pages;
    private final PrintEdition print;

    PrintPageViews(PrintPages pages, PrintEdition print) {
        this.pages = pages;
        this.print = print;
    }

    PaperPageModels.PrintPageView of(
            PrintPages.IssueContents issue,
            NewspaperPage page,
            List<Crumb> crumbs,
            PaperPageModels.IssueCalendar calendar,
            Text t) {
        String dateText = SiteFormat.longDate(issue.issue().date(), t);
        String title = PrintLabels.title(page, t);
        PageFile file = issue.files().get(page.id());
        List<PageArea> pageAreas = file == null ? List.of() : pages.areas(page);
        java.util.Set<Long> corrected = pages.corrected(pageAreas.stream()
                .map(PageArea::articleId)
                .filter(id -> id != null && issue.articles().containsKey(id))
                .collect(java.util.stream.Collectors.toSet()));
        List<PaperPageModels.AreaLink> areas = new ArrayList<>();
        for (PageArea area : pageAreas) {
            areaLink(issue, area, corrected).ifPresent(areas::add);
        }
        List<PaperPageModels.PrintedArticle> printed = new ArrayList<>();
        for (ArticleTeaser a : issue.inPrintOrder(page)) {
            PageTags.add("teaser", a.id());
            printed.add(printed(issue, page, a, areas, t));
        }
        int index = issue.pages().indexOf(page);
        String previous = index > 0 ? issue.pageUrl(issue.pages().get(index - 1)) : null;
        String next =
                index + 1 < issue.pages().size() ? issue.pageUrl(issue.pages().get(index + 1)) : null;
        IssueFile whole = print.issueFile(issue.issue().id()).orElse(null);
        return new PaperPageModels.PrintPageView(
                crumbs,
                t.get("site.paper.issue-heading", issue.paper().name(), dateText),
                title,
                issue.issue().number(),
                page.editor(),
                file == null
                        ? null
                        : pages.image(
                                file,
                                PAGE_IMAGE_WIDTH,
                                t.get("site.paper.page-image-alt", issue.paper().name(), dateText, title)),
                areas,
                printed,
                navigation(issue, page, t),
                previous,
                next,
                file == null ? null : issue.issueUrl() + page.number() + ".pdf",
                whole == null ? null : issue.issueUrl() + "issue.pdf",
                issue.issueUrl(),
                calendar);
    }

    private java.util.Optional<PaperPageModels.AreaLink> areaLink(
            PrintPages.IssueContents issue, PageArea area, java.util.Set<Long> corrected) {
        if (area.kind() == AreaKind.ADVERTISEMENT) {
            return area.linkUrl() == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(new PaperPageModels.AreaLink(
                            area.linkUrl(), area.linkUrl(), area.polygon().text(), false));
        }
        ArticleTeaser a = area.articleId() == null ? null : issue.articles().get(area.articleId());
        if (a == null) {
            return java.util.Optional.empty(); // not published (any more): nothing to open
        }
        PageTags.add("teaser", a.id());
        return java.util.Optional.of(
                new PaperPageModels.AreaLink(a.url(), a.title(), area.polygon().text(), corrected.contains(a.id())));
    }

    private static PaperPageModels.PrintedArticle printed(
            PrintPages.IssueContents issue,
            NewspaperPage page,
            ArticleTeaser a,
            List<PaperPageModels.AreaLink> areas,
            Text t) {
        boolean corrected = areas.stream().anyMatch(l -> l.url().equals(a.url()) && l.corrected());
        if (issue.continuesHere(a.id(), page) && a.pageId() != null) {
            NewspaperPage from = issue.page(a.pageId()).orElse(null);
            if (from != null) {
                return new PaperPageModels.PrintedArticle(
                        a.title(),
                        a.url(),
                        t.get("site.paper.continued-from", PrintLabels.label(from, t)),
                        issue.pageUrl(from),
                        corrected);
            }
        }
        List<NewspaperPage> onwards = issue.continuesOn(a.id());
        if (!onwards.isEmpty()) {
            NewspaperPage to = onwards.get(0);
            return new PaperPageModels.PrintedArticle(
                    a.title(),
                    a.url(),
                    t.get("site.paper.continued-on", PrintLabels.label(to, t)),
                    issue.pageUrl(to),
                    corrected);
        }
        return new PaperPageModels.PrintedArticle(a.title(), a.url(), null, null, corrected);
    }

    private List<PaperPageModels.PageNavItem> navigation(
            PrintPages.IssueContents issue, NewspaperPage current, Text t) {
        return issue.pages().stream()
                .map(p -> {
                    PageFile f = issue.files().get(p.id());
                    return new PaperPageModels.PageNavItem(
                            PrintLabels.label(p, t),
                            p.distinctName(),
                            issue.pageUrl(p),
                            pages.thumbnail(f),
                            pages.thumbnailWidth(),
                            f == null ? 0 : pages.thumbnailHeight(f),
                            p.id() == current.id());
                })
                .toList();
    }
}
