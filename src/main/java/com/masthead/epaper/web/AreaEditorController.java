package com.masthead.epaper.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormOrder;
import com.masthead.epaper.AreaEditing;
import com.masthead.epaper.PageArea;
import com.masthead.epaper.PrintEdition;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The area editor (/admin/pages/{pageId}/areas): the page image with its areas, the list of areas with accept and
 * delete buttons, and a form to draw or change one. Every action is a plain form post with CSRF that works
 * without script; {@code area-editor.js} adds drawing, dragging, snapping and keys on top and posts the same forms.
 */
@Controller
class AreaEditorController {

    private final BackofficePages pages;
    private final AreaEditorScreen screen;
    private final AreaEditing editing;
    private final PrintEdition edition;
    private final AreaEditors editors;

    AreaEditorController(
            BackofficePages pages,
            AreaEditorScreen screen,
            AreaEditing editing,
            PrintEdition edition,
            AreaEditors editors) {
        this.pages = pages;
        this.screen = screen;
        this.editing = editing;
        this.edition = edition;
        this.editors = editors;
    }

    @GetMapping("/admin/pages/{pageId}/areas")
    String show(
            HttpServletRequest request,
            @PathVariable long pageId,
            @RequestParam(required = false) Long edit,
            @RequestParam(required = false) String saved,
            Model model) {
        AreaForm form = edit == null ? AreaForm.empty() : formOf(area(edit, pageId));
        return render(request, model, pageId, form, edit, List.of(), saved != null);
    }

    @PostMapping("/admin/pages/{pageId}/areas")
    String create(HttpServletRequest request, @PathVariable long pageId, AreaForm form, Model model) {
        return attempt(
                request, model, pageId, form, null, () -> editing.create(pageId, form.input(), editors.current()));
    }

    @PostMapping("/admin/areas/{areaId}")
    String change(HttpServletRequest request, @PathVariable long areaId, AreaForm form, Model model) {
        PageArea area = area(areaId, null);
        return attempt(
                request,
                model,
                area.pageId(),
                form,
                areaId,
                () -> editing.change(areaId, version(form.version()), form.input(), editors.current()));
    }

    @PostMapping("/admin/areas/{areaId}/accept")
    String accept(
            HttpServletRequest request,
            @PathVariable long areaId,
            @RequestParam(defaultValue = "") String version,
            Model model) {
        PageArea area = area(areaId, null);
        return attempt(
                request,
                model,
                area.pageId(),
                AreaForm.empty(),
                null,
                () -> editing.accept(areaId, version(version), editors.current()));
    }

    @PostMapping("/admin/areas/{areaId}/delete")
    String delete(
            HttpServletRequest request,
            @PathVariable long areaId,
            @RequestParam(defaultValue = "") String version,
            Model model) {
        PageArea area = area(areaId, null);
        return attempt(request, model, area.pageId(), AreaForm.empty(), null, () -> {
            editing.delete(areaId, version(version), editors.current());
            return null;
        });
    }

    @PostMapping("/admin/pages/{pageId}/areas/accept")
    String acceptAll(HttpServletRequest request, @PathVariable long pageId, Model model) {
        return attempt(
                request, model, pageId, AreaForm.empty(), null, () -> editing.acceptAll(pageId, editors.current()));
    }

    private String attempt(
            HttpServletRequest request,
            Model model,
            long pageId,
            AreaForm form,
            Long editingId,
            java.util.function.Supplier<Object> change) {
        try {
            change.get();
            return "redirect:/admin/pages/" + pageId + "/areas?saved";
        } catch (InvalidInputException e) {
            return render(request, model, pageId, form, editingId, e.problems(), false);
        } catch (NotFoundException e) {
            if (e.field() == null) {
                throw e;
            }
            return render(
                    request,
                    model,
                    pageId,
                    form,
                    editingId,
                    List.of(new FieldProblem(e.field(), "areas.article.unknown", e.key())),
                    false);
        } catch (VersionConflictException e) {
            return render(
                    request,
                    model,
                    pageId,
                    form,
                    editingId,
                    List.of(new FieldProblem("version", "structure.version-conflict")),
                    false);
        }
    }

    private String render(
            HttpServletRequest request,
            Model model,
            long pageId,
            AreaForm form,
            Long editingId,
            List<FieldProblem> problems,
            boolean saved) {
        BackofficePage page = pages.of(request, "areas.page.title", screen.titleArguments(pageId));
        model.addAttribute("page", page);
        model.addAttribute("view", screen.view(page, pageId, form, editingId));
        model.addAttribute("errors", FormErrors.of(FormOrder.of(AreaForm.class, problems), page.t()));
        model.addAttribute("notice", saved ? page.t().get("structure.form.saved") : null);
        return "admin/epaper/areas";
    }

    private PageArea area(long areaId, Long pageId) {
        return edition.area(areaId)
                .filter(a -> pageId == null || a.pageId() == pageId)
                .orElseThrow(() -> new NotFoundException("area", areaId));
    }

    private static AreaForm formOf(PageArea a) {
        return new AreaForm(
                a.kind().code(),
                a.polygon().text(),
                String.valueOf(a.readingOrder()),
                a.articleId() == null ? "" : String.valueOf(a.articleId()),
                a.linkUrl() == null ? "" : a.linkUrl(),
                String.valueOf(a.version()));
    }

    private static int version(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
