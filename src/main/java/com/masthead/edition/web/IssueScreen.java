package com.masthead.edition.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormOrder;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.IssueStatus;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The issue screen (its form, its going-live state and its pages), for the issue and go-live controllers. */
@Component
class IssueScreen {

    private static final DateTimeFormatter LIVE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BackofficePages pages;
    private final EditionCatalog catalog;
    private final SiteSettingsService settings;

    IssueScreen(BackofficePages pages, EditionCatalog catalog, SiteSettingsService settings) {
        this.pages = pages;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** Fills the model for {@code admin/edition/issue-form} and returns that view; {@code issue} null: a new one. */
    String render(
            HttpServletRequest request,
            Model model,
            Newspaper newspaper,
            NewspaperIssue issue,
            IssueForm form,
            List<FieldProblem> problems,
            String saved) {
        BackofficePage page = issue == null
                ? pages.of(request, "structure.issues.new.title", newspaper.name())
                : pages.of(
                        request,
                        "structure.issues.edit.title",
                        newspaper.name(),
                        issue.date().toString());
        model.addAttribute("page", page);
        model.addAttribute("newspaper", newspaper);
        model.addAttribute("issue", issue);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(FormOrder.of(IssueForm.class, problems), page.t()));
        model.addAttribute("printPages", issue == null ? List.of() : catalog.pages(issue.id()));
        model.addAttribute("statusText", issue == null ? null : statusText(page, issue));
        model.addAttribute("notice", saved == null ? null : page.t().get("structure.form.saved"));
        return "admin/edition/issue-form";
    }

    private String statusText(BackofficePage page, NewspaperIssue issue) {
        if (issue.status() == IssueStatus.PUBLISHED) {
            return page.t().get("structure.issues.status.published");
        }
        if (issue.goLiveAt() == null) {
            return page.t().get("structure.issues.status.preparing");
        }
        String at = LIVE_AT.format(issue.goLiveAt().atZone(settings.current().timeZone()));
        return page.t().get("structure.issues.status.scheduled", at);
    }
}
