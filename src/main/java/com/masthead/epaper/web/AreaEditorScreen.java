package com.masthead.epaper.web;

import com.masthead.article.ArticleFilter;
import com.masthead.article.ArticleReading;
import com.masthead.backoffice.BackofficePage;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.epaper.AreaEditing;
import com.masthead.epaper.AreaRevision;
import com.masthead.epaper.EpaperFiles;
import com.masthead.epaper.EpaperProperties;
import com.masthead.epaper.PageArea;
import com.masthead.epaper.PageFile;
import com.masthead.epaper.Placement;
import com.masthead.epaper.PrintEdition;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.PageRequest;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the area editor screen's model from the edition, the page's areas and their revisions. */
@Component
class AreaEditorScreen {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int REVISIONS = 50;

    private final EditionCatalog catalog;
    private final PrintEdition edition;
    private final AreaEditing editing;
    private final ArticleReading articles;
    private final EpaperFiles files;
    private final EpaperProperties properties;
    private final StaffAccounts accounts;
    private final SiteSettingsService settings;
    private final ResourceUrlProvider resources;

    AreaEditorScreen(
            EditionCatalog catalog,
            PrintEdition edition,
            AreaEditing editing,
            ArticleReading articles,
            EpaperFiles files,
            EpaperProperties properties,
            StaffAccounts accounts,
            SiteSettingsService settings,
            ResourceUrlProvider resources) {
        this.catalog = catalog;
        this.edition = edition;
        this.editing = editing;
        this.articles = articles;
        this.files = files;
        this.properties = properties;
        this.accounts = accounts;
        this.settings = settings;
        this.resources = resources;
    }

    /** The page's title arguments: newspaper, date, page number and distinct name. */
    Object[] titleArguments(long pageId) {
        NewspaperPage page = catalog.requirePage(pageId);
        NewspaperIssue issue = catalog.requireIssue(page.issueId());
        return new Object[] {
            catalog.requireNewspaper(issue.newspaperId()).name(),
            issue.date().toString(),
            page.number(),
            page.distinctName()
        };
    }

    AreaEditorView view(BackofficePage frame, long pageId, AreaForm form, Long editingId) {
        NewspaperPage page = catalog.requirePage(pageId);
        NewspaperIssue issue = catalog.requireIssue(page.issueId());
        PageFile file = edition.pageFile(pageId).orElse(null);
        List<Choice> placed = placedArticles(pageId);
        Map<Long, String> titles = new HashMap<>();
        placed.forEach(c -> titles.put(c.id(), c.title()));
        List<AreaEditorView.Row> rows =
                edition.allAreas(pageId).stream().map(a -> row(a, titles)).toList();
        return new AreaEditorView(
                pageId,
                "/admin/newspapers/" + issue.newspaperId() + "/issues/" + issue.id(),
                file == null ? null : imageUrl(file),
                file == null ? 0 : file.widthPt(),
                file == null ? 0 : file.heightPt(),
                rows,
                placed.stream()
                        .map(c -> new AreaEditorView.Choice(c.id(), c.title()))
                        .toList(),
                form,
                editingId,
                revisions(frame, pageId),
                placements(pageId, placed, titles),
                script());
    }

    /** The page's placements in print order, then its articles not yet in the list. */
    private List<AreaEditorView.Placed> placements(long pageId, List<Choice> placed, Map<Long, String> titles) {
        List<AreaEditorView.Placed> list = new java.util.ArrayList<>();
        java.util.Set<Long> listed = new java.util.HashSet<>();
        for (Placement p : edition.placementsOn(List.of(pageId))) {
            listed.add(p.articleId());
            list.add(new AreaEditorView.Placed(
                    p.articleId(), title(p.articleId(), titles), String.valueOf(p.printOrder()), p.continuation()));
        }
        placed.stream()
                .filter(c -> !listed.contains(c.id()))
                .forEach(c -> list.add(new AreaEditorView.Placed(c.id(), c.title(), "", false)));
        return list;
    }

    private String title(long articleId, Map<Long, String> titles) {
        return titles.computeIfAbsent(
                articleId, id -> articles.find(id).map(a -> a.working().title()).orElse("#" + id));
    }

    /** The articles placed on the page (main page), newest first: the first choices of the article picker. */
    List<Choice> placedArticles(long pageId) {
        return articles
                .list(new ArticleFilter(null, null, null, null, null), List.of(pageId), PageRequest.of(1, 100, 100))
                .items()
                .stream()
                .map(s -> new Choice(s.id(), s.title()))
                .toList();
    }

    record Choice(long id, String title) {}

    private AreaEditorView.Row row(PageArea a, Map<Long, String> titles) {
        String title = a.articleId() == null ? null : title(a.articleId(), titles);
        return new AreaEditorView.Row(
                a.id(),
                a.version(),
                a.readingOrder(),
                a.kind().code(),
                a.articleId(),
                title,
                a.linkUrl(),
                a.source().code(),
                (int) Math.round(a.confidence() * 100),
                a.accepted(),
                a.polygon().text());
    }

    private List<AreaEditorView.Revision> revisions(BackofficePage frame, long pageId) {
        ZoneId zone = settings.current().timeZone();
        Map<Long, String> names = new HashMap<>();
        return editing.revisions(pageId, REVISIONS).stream()
                .map(r -> new AreaEditorView.Revision(
                        WHEN.format(r.createdAt().atZone(zone)),
                        frame.t().get("areas.action." + r.action()) + " #" + r.areaId(),
                        who(r, names),
                        r.state()))
                .toList();
    }

    private String who(AreaRevision r, Map<Long, String> names) {
        if (r.staffId() == null) {
            return "–";
        }
        return names.computeIfAbsent(r.staffId(), id -> {
            try {
                StaffAccount account = accounts.find(id);
                return account.realName() + " (" + account.login() + ")";
            } catch (RuntimeException e) {
                return "#" + id;
            }
        });
    }

    private String imageUrl(PageFile file) {
        List<Integer> widths = properties.imageWidths();
        int width = widths.get(widths.size() / 2);
        return files.hasImage(file.pdfHash(), width) ? EpaperFiles.imageUrl(file.pdfHash(), width) : null;
    }

    private String script() {
        String versioned = resources.getForLookupPath("/assets/area-editor.js");
        return versioned == null ? "/assets/area-editor.js" : versioned;
    }
}
