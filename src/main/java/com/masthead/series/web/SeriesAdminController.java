package com.masthead.series.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.backoffice.FormOrder;
import com.masthead.backoffice.Forms;
import com.masthead.series.Series;
import com.masthead.series.SeriesCatalog;
import com.masthead.series.SeriesDraft;
import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Series (系列报道) for the desk: the list, newest first, create and edit. Articles join a series in the editor. */
@Controller
@RequestMapping("/admin/series")
class SeriesAdminController {

    private final BackofficePages pages;
    private final SeriesCatalog series;
    private final Forms forms;

    SeriesAdminController(BackofficePages pages, SeriesCatalog series, Forms forms) {
        this.pages = pages;
        this.series = series;
        this.forms = forms;
    }

    @GetMapping
    String list(
            HttpServletRequest request,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String saved,
            Model model) {
        BackofficePage frame = pages.of(request, "structure.series.title");
        model.addAttribute("page", frame);
        model.addAttribute("series", series.list(PageRequest.of(page, 30, 30)));
        model.addAttribute("notice", saved == null ? null : frame.t().get("structure.form.saved"));
        return "admin/series/series";
    }

    @GetMapping("/new")
    String newSeries(HttpServletRequest request, Model model) {
        return form(request, model, null, SeriesForm.empty(), List.of());
    }

    @PostMapping
    String create(HttpServletRequest request, SeriesForm form, Model model) {
        try {
            series.create(draft(forms.read(), form));
            return "redirect:/admin/series?saved";
        } catch (InvalidInputException e) {
            return form(request, model, null, form, e.problems());
        }
    }

    @GetMapping("/{id}")
    String edit(HttpServletRequest request, @PathVariable long id, Model model) {
        Series existing = series.require(id, null);
        return form(request, model, existing, SeriesForm.of(existing), List.of());
    }

    @PostMapping("/{id}")
    String update(HttpServletRequest request, @PathVariable long id, SeriesForm form, Model model) {
        Series existing = series.require(id, null);
        try {
            FormInput input = forms.read();
            Integer version = input.integer("version", form.version());
            series.update(id, version == null ? -1 : version, draft(input, form));
            return "redirect:/admin/series?saved";
        } catch (InvalidInputException e) {
            return form(request, model, existing, form, e.problems());
        } catch (VersionConflictException e) {
            return form(
                    request, model, existing, form, List.of(new FieldProblem("version", "structure.version-conflict")));
        }
    }

    private static SeriesDraft draft(FormInput input, SeriesForm form) {
        SeriesDraft draft = input.valid(new SeriesDraft(
                DisplayText.cleanLine(form.name()),
                form.slug() == null ? null : form.slug().strip(),
                DisplayText.blankToNull(form.description()),
                form.labelPrefix()));
        input.throwIfInvalid();
        return draft;
    }

    private String form(
            HttpServletRequest request, Model model, Series existing, SeriesForm form, List<FieldProblem> problems) {
        BackofficePage page = existing == null
                ? pages.of(request, "structure.series.new.title")
                : pages.of(request, "structure.series.edit.title", existing.name());
        model.addAttribute("page", page);
        model.addAttribute("series", existing);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(FormOrder.of(SeriesForm.class, problems), page.t()));
        return "admin/series/series-form";
    }
}
