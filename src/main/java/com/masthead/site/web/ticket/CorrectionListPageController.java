package com.masthead.site.web.ticket;

import com.masthead.correction.CorrectionNote;
import com.masthead.correction.CorrectionNotes;
import com.masthead.pagecache.PageTags;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.LayoutModels;
import com.masthead.site.web.PageMissingException;
import com.masthead.site.web.Paragraphs;
import com.masthead.site.web.SiteFormat;
import com.masthead.site.web.Text;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public corrections page {@code /corrections/} (更正): every published correction note with a link to the
 * corrected article, newest first, {@value #PAGE_SIZE} per page. Cached like every public list; a newly published
 * correction evicts it (tag {@code list:corrections}), a retitled or taken-down article its teaser tag.
 */
@Controller
class CorrectionListPageController {

    static final int PAGE_SIZE = 20;

    private final CorrectionNotes notes;
    private final ArticleReferences articles;
    private final SiteSettingsService settings;
    private final LayoutModels layouts;

    CorrectionListPageController(
            CorrectionNotes notes, ArticleReferences articles, SiteSettingsService settings, LayoutModels layouts) {
        this.notes = notes;
        this.articles = articles;
        this.settings = settings;
        this.layouts = layouts;
    }

    @GetMapping("/corrections/")
    String corrections(
            @RequestParam(name = "page", defaultValue = "1") String page, HttpServletRequest request, Model model) {
        PageTags.add(CorrectionNotes.LIST_TAG);
        Text t = layouts.text();
        int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
        PageResult<CorrectionNote> published = notes.published(new PageRequest(number, PAGE_SIZE));
        if (number > published.totalPages()) {
            throw new PageMissingException(request.getRequestURI());
        }
        ZoneId zone = settings.current().timeZone();
        PageResult<CorrectionListPage.Item> items = published.map(note -> item(note, zone));
        model.addAttribute(
                "layout",
                layouts.of(
                        request,
                        t.get("site.corrections.list.title"),
                        t.get("site.corrections.list.intro"),
                        "/corrections/"));
        model.addAttribute(
                "page",
                new CorrectionListPage(
                        List.of(
                                new Crumb(t.get("site.home"), "/"),
                                new Crumb(t.get("site.corrections.list.title"), "/corrections/")),
                        items));
        return "site/tickets/corrections";
    }

    private CorrectionListPage.Item item(CorrectionNote note, ZoneId zone) {
        PageTags.add("teaser", note.articleId());
        Optional<ArticleReference> article = articles.published(note.articleId());
        return new CorrectionListPage.Item(
                article.map(ArticleReference::title).orElse(null),
                article.map(a -> a.url() + "#corrections").orElse(null),
                SiteFormat.date(note.publishedAt(), zone),
                Paragraphs.of(note.text()));
    }
}
