package com.masthead.edition.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.backoffice.FormOrder;
import com.masthead.backoffice.Forms;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperDraft;
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

/** Newspapers for administrators: the list, create, edit; a newspaper's page lists its issues, newest first. */
@Controller
@RequestMapping("/admin/newspapers")
class NewspaperAdminController {

    static final int ISSUES_PER_PAGE = 30;

    private final BackofficePages pages;
    private final EditionCatalog catalog;
    private final EditionEditing editing;
    private final Forms forms;

    NewspaperAdminController(BackofficePages pages, EditionCatalog catalog, EditionEditing editing, Forms forms) {
        this.pages = pages;
        this.catalog = catalog;
        this.editing = editing;
        this.forms = forms;
    }

    @GetMapping
    String list(HttpServletRequest request, @RequestParam(required = false) String saved, Model model) {
        BackofficePage page = pages.of(request, "structure.newspapers.title");
        model.addAttribute("page", page);
        model.addAttribute("newspapers", catalog.newspapers());
        model.addAttribute("notice", saved == null ? null : page.t().get("structure.form.saved"));
        return "admin/edition/newspapers";
    }

    @GetMapping("/new")
    String newNewspaper(HttpServletRequest request, Model model) {
        return form(request, model, null, NewspaperForm.empty(), List.of(), 1, null);
    }

    @PostMapping
    String create(HttpServletRequest request, NewspaperForm form, Model model) {
        try {
            Newspaper created = editing.createNewspaper(draft(forms.read(), form));
            return "redirect:/admin/newspapers/" + created.id() + "?saved";
        } catch (InvalidInputException e) {
            return form(request, model, null, form, e.problems(), 1, null);
        }
    }

    @GetMapping("/{id}")
    String edit(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String saved,
            Model model) {
        Newspaper newspaper = catalog.requireNewspaper(id);
        return form(request, model, newspaper, NewspaperForm.of(newspaper), List.of(), page, saved);
    }

    @PostMapping("/{id}")
    String update(HttpServletRequest request, @PathVariable long id, NewspaperForm form, Model model) {
        Newspaper newspaper = catalog.requireNewspaper(id);
        try {
            FormInput input = forms.read();
            Integer version = input.integer("version", form.version());
            editing.updateNewspaper(id, version == null ? -1 : version, draft(input, form));
            return "redirect:/admin/newspapers/" + id + "?saved";
        } catch (InvalidInputException e) {
            return form(request, model, newspaper, form, e.problems(), 1, null);
        } catch (VersionConflictException e) {
            return form(
                    request,
                    model,
                    newspaper,
                    form,
                    List.of(new FieldProblem("version", "structure.version-conflict")),
                    1,
                    null);
        }
    }

    private static NewspaperDraft draft(FormInput input, NewspaperForm form) {
        NewspaperDraft draft = input.valid(new NewspaperDraft(
                DisplayText.cleanLine(form.name()),
                form.slug() == null ? null : form.slug().strip(),
                DisplayText.blankToNull(form.description())));
        input.throwIfInvalid();
        return draft;
    }

    private String form(
            HttpServletRequest request,
            Model model,
            Newspaper newspaper,
            NewspaperForm form,
            List<FieldProblem> problems,
            Integer issuePage,
            String saved) {
        BackofficePage page = newspaper == null
                ? pages.of(request, "structure.newspapers.new.title")
                : pages.of(request, "structure.newspapers.edit.title", newspaper.name());
        model.addAttribute("page", page);
        model.addAttribute("newspaper", newspaper);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(FormOrder.of(NewspaperForm.class, problems), page.t()));
        model.addAttribute(
                "issues",
                newspaper == null
                        ? null
                        : catalog.issues(newspaper.id(), PageRequest.of(issuePage, ISSUES_PER_PAGE, ISSUES_PER_PAGE)));
        model.addAttribute("notice", saved == null ? null : page.t().get("structure.form.saved"));
        return "admin/edition/newspaper-form";
    }
}
