package com.masthead.backoffice.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormOrder;
import com.masthead.backoffice.SiteTimeZone;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.staff.ApiToken;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.IssuedApiToken;
import com.masthead.staff.NewApiToken;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * API tokens for administrators: every token with owner, role, created, expires, last used and revoked; issuing one
 * (the secret is shown once, in the answer page, never in a URL); revoking one.
 */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

    private final BackofficePages pages;
    private final ApiTokens tokens;
    private final StaffAccounts accounts;
    private final SiteTimeZone siteZone;
    private final Clock clock;

    ApiTokenAdminController(
            BackofficePages pages, ApiTokens tokens, StaffAccounts accounts, SiteTimeZone siteZone, Clock clock) {
        this.pages = pages;
        this.tokens = tokens;
        this.accounts = accounts;
        this.siteZone = siteZone;
        this.clock = clock;
    }

    @GetMapping
    String list(HttpServletRequest request, @RequestParam(required = false) Long revoked, Model model) {
        BackofficePage page = pages.of(request, "structure.tokens.title");
        String notice = revoked == null
                ? null
                : page.t()
                        .get(
                                "structure.tokens.revoked-notice",
                                tokens.find(revoked).name());
        return show(page, model, ApiTokenForm.empty(), List.of(), null, notice);
    }

    @PostMapping
    String issue(HttpServletRequest request, HttpServletResponse response, ApiTokenForm form, Model model) {
        BackofficePage page = pages.of(request, "structure.tokens.title");
        List<FieldProblem> problems = new ArrayList<>();
        StaffRole role = role(form.role(), problems);
        Instant expiresAt = expiresAt(form.expiresOn(), problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            IssuedApiToken issued = tokens.issue(
                    new NewApiToken(form.name(), role, form.owner(), expiresAt),
                    BackofficePages.currentMember().login());
            return show(page, model, ApiTokenForm.empty(), List.of(), issued, null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            List<FieldProblem> shown =
                    e.problems().stream().map(ApiTokenAdminController::onForm).toList();
            return show(page, model, form, shown, null, null);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id) {
        ApiToken token = tokens.revoke(id, BackofficePages.currentMember().login());
        return "redirect:/admin/tokens?revoked=" + token.id();
    }

    private String show(
            BackofficePage page,
            Model model,
            ApiTokenForm form,
            List<FieldProblem> problems,
            IssuedApiToken issued,
            String notice) {
        ZoneId zone = siteZone.current();
        Instant now = clock.instant();
        model.addAttribute("page", page);
        model.addAttribute(
                "tokens",
                tokens.all().stream().map(t -> ApiTokenRow.of(t, zone, now)).toList());
        model.addAttribute("form", form);
        model.addAttribute("roles", List.of(StaffRole.values()));
        model.addAttribute(
                "owners", accounts.all().stream().filter(StaffAccount::active).toList());
        model.addAttribute("errors", FormErrors.of(FormOrder.of(ApiTokenForm.class, problems), page.t()));
        model.addAttribute("issued", issued);
        model.addAttribute("notice", notice);
        return "admin/tokens";
    }

    private static StaffRole role(String name, List<FieldProblem> problems) {
        try {
            return StaffRole.valueOf(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("role", "api-token.role.required"));
            return null;
        }
    }

    /** The end of the chosen day in the site's zone; null (default validity) when left empty. */
    private Instant expiresAt(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip())
                    .plusDays(1)
                    .atStartOfDay(siteZone.current())
                    .toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("expiresOn", "structure.field.invalid"));
            return null;
        }
    }

    private static FieldProblem onForm(FieldProblem problem) {
        return "expiresAt".equals(problem.field())
                ? new FieldProblem("expiresOn", problem.messageKey(), problem.arguments())
                : problem;
    }
}
