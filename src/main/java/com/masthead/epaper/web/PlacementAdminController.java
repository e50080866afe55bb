package com.masthead.epaper.web;

import com.masthead.article.ArticleReading;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.epaper.PlacementEditing;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The print order form of the area editor screen: {@code order-<articleId>} fields give each article's position
 * (blank: not on this page's list), {@code continueArticle} adds an article from another page that continues here
 * (转版) at the end. Whether an article is placed or continues follows from its own page.
 */
@Controller
class PlacementAdminController {

    private final BackofficePages pages;
    private final AreaEditorScreen screen;
    private final PlacementEditing placements;
    private final ArticleReading articles;
    private final AreaEditors editors;

    PlacementAdminController(
            BackofficePages pages,
            AreaEditorScreen screen,
            PlacementEditing placements,
            ArticleReading articles,
            AreaEditors editors) {
        this.pages = pages;
        this.screen = screen;
        this.placements = placements;
        this.articles = articles;
        this.editors = editors;
    }

    @PostMapping("/admin/pages/{pageId}/placements")
    String arrange(
            HttpServletRequest request,
            @PathVariable long pageId,
            @RequestParam Map<String, String> fields,
            Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        List<long[]> ordered = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.matches("order-\\d{1,18}") && !value.isBlank()) {
                try {
                    ordered.add(new long[] {Long.parseLong(value.strip()), Long.parseLong(name.substring(6))});
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(name, "placements.order.number"));
                }
            }
        });
        ordered.sort(Comparator.<long[]>comparingLong(o -> o[0]).thenComparingLong(o -> o[1]));
        List<Long> ids = new ArrayList<>(ordered.stream().map(o -> o[1]).toList());
        String extra = fields.getOrDefault("continueArticle", "").strip();
        if (!extra.isEmpty()) {
            Long id = extra.matches("\\d{1,18}") ? Long.valueOf(extra) : null;
            if (id == null || articles.find(id).isEmpty()) {
                problems.add(new FieldProblem("continueArticle", "areas.article.unknown", extra));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            placements.arrange(pageId, ids, editors.current());
            return "redirect:/admin/pages/" + pageId + "/areas?saved";
        } catch (InvalidInputException e) {
            return refused(request, model, pageId, e.problems());
        } catch (NotFoundException e) {
            if (e.field() == null) {
                throw e;
            }
            return refused(
                    request,
                    model,
                    pageId,
                    List.of(new FieldProblem("continueArticle", "areas.article.unknown", e.key())));
        }
    }

    private String refused(HttpServletRequest request, Model model, long pageId, List<FieldProblem> problems) {
        BackofficePage page = pages.of(request, "areas.page.title", screen.titleArguments(pageId));
        model.addAttribute("page", page);
        model.addAttribute("view", screen.view(page, pageId, AreaForm.empty(), null));
        model.addAttribute("errors", FormErrors.of(problems, page.t()));
        model.addAttribute("notice", null);
        return "admin/epaper/areas";
    }
}
