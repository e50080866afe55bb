package com.masthead.article.web;

import com.masthead.article.Article;
import com.masthead.article.ArticleDiff;
import com.masthead.article.ArticleEditing;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleRevision;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.ForbiddenException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every saved revision of an article, the difference between any two, and restoring an old one. */
@Controller
class ArticleRevisionController {

    private final BackofficePages pages;
    private final ArticleReading reading;
    private final ArticleEditing editing;
    private final SiteSettingsService settings;

    ArticleRevisionController(
            BackofficePages pages, ArticleReading reading, ArticleEditing editing, SiteSettingsService settings) {
        this.pages = pages;
        this.reading = reading;
        this.editing = editing;
        this.settings = settings;
    }

    @GetMapping("/admin/articles/{id}/revisions")
    String revisions(HttpServletRequest request, @PathVariable long id, Model model) {
        return show(request, id, model, null);
    }

    @GetMapping("/admin/articles/{id}/diff")
    String diff(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam int from,
            @RequestParam int to,
            Model model) {
        Article article = load(id);
        ArticleRevision before = revision(id, from);
        ArticleRevision after = revision(id, to);
        BackofficePage page = pages.of(request, "newsroom.diff.title", from, to);
        model.addAttribute("page", page);
        model.addAttribute("article", article);
        model.addAttribute("diff", ArticleDiff.between(before.content(), after.content()));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/article/revision-diff";
    }

    @PostMapping("/admin/articles/{id}/restore")
    String restore(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam int revision,
            @RequestParam int version,
            Model model) {
        try {
            editing.restore(id, version, revision, BackofficePages.currentMember());
        } catch (VersionConflictException e) {
            return "redirect:/admin/articles/" + id + "/revisions?stale";
        } catch (ForbiddenException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            BackofficePage page = pages.of(request, "newsroom.revisions.title");
            return show(request, id, model, page.t().get(e.messageKey(), e.arguments()));
        }
        return "redirect:/admin/articles/" + id + "?done=restored";
    }

    private String show(HttpServletRequest request, long id, Model model, String alert) {
        Article article = load(id);
        List<ArticleRevision> revisions = reading.revisions(id);
        model.addAttribute("page", pages.of(request, "newsroom.revisions.title"));
        model.addAttribute("article", article);
        model.addAttribute("revisions", revisions);
        model.addAttribute("zone", settings.current().timeZone());
        model.addAttribute("alert", alert);
        return "admin/article/revisions";
    }

    private ArticleRevision revision(long id, int number) {
        return reading.revision(id, number).orElseThrow(() -> new NotFoundException("revision", id + "/" + number));
    }

    private Article load(long id) {
        return reading.find(id).orElseThrow(() -> new NotFoundException("article", id));
    }
}
