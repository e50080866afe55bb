package com.masthead.site.web.paper;

import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleTeaser;
import com.masthead.correction.CorrectionNotes;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.epaper.EpaperFiles;
import com.masthead.epaper.EpaperProperties;
import com.masthead.epaper.PageArea;
import com.masthead.epaper.PageFile;
import com.masthead.epaper.Placement;
import com.masthead.epaper.PrintEdition;
import com.masthead.pagecache.PageTags;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads what the page view (and the article's print panel) shows of one issue: its pages with their files, the
 * published articles of the whole issue (one query, so continuations find their other page), the placements in
 * print order and the accepted areas. Tags the render with the print page ({@code printpage:<id>}), which a
 * {@link com.masthead.epaper.PrintPageChanged} evicts.
 */
@Component
class PrintPages {

    private final EditionCatalog editions;
    private final PrintEdition print;
    private final ArticleReading articles;
    private final CorrectionNotes corrections;
    private final EpaperProperties properties;

    PrintPages(
            EditionCatalog editions,
            PrintEdition print,
            ArticleReading articles,
            CorrectionNotes corrections,
            EpaperProperties properties) {
        this.editions = editions;
        this.print = print;
        this.articles = articles;
        this.corrections = corrections;
        this.properties = properties;
    }

    /** One issue as the page view needs it. */
    record IssueContents(
            Newspaper paper,
            NewspaperIssue issue,
            List<NewspaperPage> pages,
            Map<Long, PageFile> files,
            Map<Long, ArticleTeaser> articles,
            List<Placement> placements) {

        String issueUrl() {
            return paper.url() + issue.date() + "/";
        }

        String pageUrl(NewspaperPage page) {
            return issueUrl() + page.number() + "/";
        }

        Optional<NewspaperPage> page(long pageId) {
            return pages.stream().filter(p -> p.id() == pageId).findFirst();
        }

        Optional<NewspaperPage> number(int number) {
            return pages.stream().filter(p -> p.number() == number).findFirst();
        }

        /** The published articles of a page in print order: placed ones by their order, then the rest as listed. */
        List<ArticleTeaser> inPrintOrder(NewspaperPage page) {
            Map<Long, ArticleTeaser> ordered = new LinkedHashMap<>();
            placements.stream()
                    .filter(p -> p.pageId() == page.id() && articles.containsKey(p.articleId()))
                    .filter(p -> p.continuation() || articles.get(p.articleId()).pageId() == page.id())
                    .sorted(Comparator.comparingInt(Placement::printOrder))
                    .forEach(p -> ordered.put(p.articleId(), articles.get(p.articleId())));
            articles.values().stream()
                    .filter(a -> a.pageId() != null && a.pageId() == page.id())
                    .forEach(a -> ordered.putIfAbsent(a.id(), a));
            return List.copyOf(ordered.values());
        }

        /** Pages this article continues on (转版), in page order. */
        List<NewspaperPage> continuesOn(long articleId) {
            return placements.stream()
                    .filter(p -> p.continuation() && p.articleId() == articleId)
                    .map(p -> page(p.pageId()))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparingInt(NewspaperPage::number))
                    .toList();
        }

        boolean continuesHere(long articleId, NewspaperPage page) {
            return placements.stream()
                    .anyMatch(p -> p.continuation() && p.articleId() == articleId && p.pageId() == page.id());
        }
    }

    IssueContents issue(Newspaper paper, NewspaperIssue issue) {
        List<NewspaperPage> pages = editions.pages(issue.id());
        List<Long> ids = pages.stream().map(NewspaperPage::id).toList();
        Map<Long, PageFile> files =
                print.pageFiles(ids).stream().collect(Collectors.toMap(PageFile::pageId, Function.identity()));
        Map<Long, ArticleTeaser> published = new LinkedHashMap<>();
        articles.onPages(ids).forEach(a -> published.put(a.id(), a));
        return new IssueContents(paper, issue, pages, files, published, print.placementsOn(ids));
    }

    /**
     * The same issue with every published article of {@code page} present: the issue-wide list is capped by the
     * article module (a 48-page issue may hold more articles than one list returns), one page's list is not.
     */
    IssueContents complete(IssueContents issue, NewspaperPage page) {
        Map<Long, ArticleTeaser> published = new LinkedHashMap<>(issue.articles());
        articles.onPages(List.of(page.id())).forEach(a -> published.put(a.id(), a));
        return new IssueContents(
                issue.paper(), issue.issue(), issue.pages(), issue.files(), published, issue.placements());
    }

    List<PageArea> areas(NewspaperPage page) {
        PageTags.add("printpage", page.id());
        return print.acceptedAreas(page.id());
    }

    List<PageArea> areasOf(long articleId) {
        PageTags.add("printpanel", articleId);
        return print.acceptedAreasOf(List.of(articleId));
    }

    /** Which of these articles have a published correction note (their areas are marked on the page); one query. */
    java.util.Set<Long> corrected(java.util.Collection<Long> articleIds) {
        articleIds.forEach(id -> PageTags.add("corrected", id));
        return corrections.correctedAmong(articleIds);
    }

    /** The page image at the width closest to {@code wanted}, with every width as srcset candidates. */
    PaperPageModels.PageImage image(PageFile file, int wanted, String alt) {
        List<Integer> widths = properties.imageWidths();
        int width = widths.stream()
                .min(Comparator.comparingInt(w -> Math.abs(w - wanted)))
                .orElseThrow();
        String srcset = widths.stream()
                .filter(w -> w > properties.thumbnailWidth() || widths.size() == 1)
                .map(w -> EpaperFiles.imageUrl(file.pdfHash(), w) + " " + w + "w")
                .collect(Collectors.joining(", "));
        int height = (int) Math.round(width * file.heightPt() / file.widthPt());
        return new PaperPageModels.PageImage(
                EpaperFiles.imageUrl(file.pdfHash(), width),
                srcset,
                width,
                height,
                alt,
                "0 0 " + points(file.widthPt()) + " " + points(file.heightPt()));
    }

    String thumbnail(PageFile file) {
        return file == null ? null : EpaperFiles.imageUrl(file.pdfHash(), properties.thumbnailWidth());
    }

    int thumbnailHeight(PageFile file) {
        return (int) Math.round(properties.thumbnailWidth() * file.heightPt() / file.widthPt());
    }

    int thumbnailWidth() {
        return properties.thumbnailWidth();
    }

    private static String points(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(Math.round(v * 10) / 10.0);
    }
}
