package com.masthead.site.web.paper;

import com.masthead.article.ArticleTeaser;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.edition.PrintPlacement;
import com.masthead.epaper.PageArea;
import com.masthead.epaper.PageFile;
import com.masthead.pagecache.PageTags;
import com.masthead.site.web.Text;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The print panel of an article page: the thumbnail of the page it ran on with its areas highlighted, the
 * articles before and after it in print order, the link back to the page and the pages it continues on. Only for
 * articles whose issue readers may see. Tags the render {@code printpanel:<article>} (evicted by a {@link
 * com.masthead.epaper.PrintPageChanged} naming the article) and {@code list:printpage:<page>} (the page's articles
 * changed). About six queries, only for printed articles.
 */
@Component
public class PrintPanels {

    /** The width asked for the panel's thumbnail: the 480 px rendition on the default widths. */
    static final int PANEL_IMAGE_WIDTH = 480;

    private final EditionCatalog editions;
    private final PrintPages pages;
    private final Clock clock;

    PrintPanels(EditionCatalog editions, PrintPages pages, Clock clock) {
        this.editions = editions;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * Whether readers may see the issue of this placement now; until then an article names no print page (its
     * address would answer 404). One query.
     */
    public boolean visible(PrintPlacement placement) {
        return editions.requireIssue(placement.issueId()).visibleAt(clock.instant());
    }

    /** The panel of the article on its main page, or empty when its issue is not visible (or gone). */
    public Optional<PaperPageModels.PrintPanel> of(long articleId, PrintPlacement placement, Text t) {
        NewspaperIssue issue = editions.requireIssue(placement.issueId());
        if (!issue.visibleAt(clock.instant())) {
            return Optional.empty();
        }
        PrintPages.IssueContents whole = pages.issue(editions.requireNewspaper(placement.newspaperId()), issue);
        NewspaperPage page = whole.page(placement.pageId()).orElse(null);
        if (page == null) {
            return Optional.empty();
        }
        PageTags.add("list:printpage", page.id());
        PrintPages.IssueContents contents = pages.complete(whole, page);
        List<ArticleTeaser> order = contents.inPrintOrder(page);
        int at = order.stream().map(ArticleTeaser::id).toList().indexOf(articleId);
        ArticleTeaser previous = at > 0 ? order.get(at - 1) : null;
        ArticleTeaser next = at >= 0 && at + 1 < order.size() ? order.get(at + 1) : null;
        PageTags.add("teaser", previous == null ? null : previous.id());
        PageTags.add("teaser", next == null ? null : next.id());
        PageFile file = contents.files().get(page.id());
        List<String> areas = file == null
                ? List.of()
                : pages.areasOf(articleId).stream()
                        .filter(a -> a.pageId() == page.id())
                        .map(PageArea::polygon)
                        .map(p -> p.text())
                        .toList();
        PaperPageModels.PageImage image = file == null ? null : pages.image(file, PANEL_IMAGE_WIDTH, "");
        return Optional.of(new PaperPageModels.PrintPanel(
                PrintLabels.label(page, t),
                contents.pageUrl(page),
                image == null ? null : image.src(),
                image == null ? 0 : image.width(),
                image == null ? 0 : image.height(),
                image == null ? null : image.viewBox(),
                areas,
                previous == null ? null : previous.title(),
                previous == null ? null : previous.url(),
                next == null ? null : next.title(),
                next == null ? null : next.url(),
                contents.continuesOn(articleId).stream()
                        .map(p -> new PaperPageModels.Continuation(
                                t.get("site.paper.continued-on", PrintLabels.label(p, t)), contents.pageUrl(p)))
                        .toList()));
    }
}
