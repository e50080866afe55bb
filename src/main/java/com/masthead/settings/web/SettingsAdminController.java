package com.masthead.settings.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.backoffice.FormOrder;
import com.masthead.backoffice.Forms;
import com.masthead.settings.SiteSettingsDraft;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.DisplayText;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Site settings for administrators: name, tagline, address, time zone, the two copyright statements and the footer
 * lines, saved all at once. Saving changes every public page (the settings module says so with its event).
 */
@Controller
@RequestMapping("/admin/settings")
class SettingsAdminController {

    static final int MAX_FOOTER_LINES = 10;

    private final BackofficePages pages;
    private final SiteSettingsService settings;
    private final Forms forms;

    SettingsAdminController(BackofficePages pages, SiteSettingsService settings, Forms forms) {
        this.pages = pages;
        this.settings = settings;
        this.forms = forms;
    }

    @GetMapping
    String show(HttpServletRequest request, @RequestParam(required = false) String saved, Model model) {
        return form(request, model, SettingsForm.of(settings.latest()), List.of(), saved != null);
    }

    @PostMapping
    String save(HttpServletRequest request, SettingsForm form, Model model) {
        try {
            FormInput input = forms.read();
            Integer version = input.integer("version", form.version());
            List<String> footer = form.footerLineList();
            if (footer.size() > MAX_FOOTER_LINES) {
                input.add(
                        new FieldProblem("footerLines", "structure.settings.footer-lines.too-many", MAX_FOOTER_LINES));
            }
            SiteSettingsDraft draft = input.valid(new SiteSettingsDraft(
                    DisplayText.cleanLine(form.name()),
                    DisplayText.cleanLine(form.tagline()),
                    form.baseUrl() == null ? null : form.baseUrl().strip(),
                    form.timeZone() == null ? null : form.timeZone().strip(),
                    DisplayText.blankToNull(form.originalStatement()),
                    DisplayText.blankToNull(form.reprintStatement()),
                    footer.stream().map(DisplayText::cleanLine).toList(),
                    DisplayText.blankToNull(form.logoUrl())));
            input.throwIfInvalid();
            settings.update(draft, version == null ? -1 : version);
            return "redirect:/admin/settings?saved";
        } catch (InvalidInputException e) {
            return form(request, model, form, e.problems(), false);
        } catch (VersionConflictException e) {
            // somebody saved meanwhile: keep what was typed, say so, and let the user reload to compare
            return form(
                    request, model, form, List.of(new FieldProblem("version", "structure.version-conflict")), false);
        }
    }

    private String form(
            HttpServletRequest request, Model model, SettingsForm form, List<FieldProblem> problems, boolean saved) {
        BackofficePage page = pages.of(request, "structure.settings.title");
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(FormOrder.of(SettingsForm.class, problems), page.t()));
        model.addAttribute("notice", saved ? page.t().get("structure.form.saved") : null);
        return "admin/settings/settings";
    }
}
