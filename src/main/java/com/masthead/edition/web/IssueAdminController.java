package com.masthead.edition.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.backoffice.FormInput;
import com.masthead.backoffice.FormOrder;
import com.masthead.backoffice.Forms;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.IssueDraft;
import com.masthead.edition.IssueStatus;
import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.edition.PageDraft;
import com.masthead.shared.DisplayText;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A newspaper's issues and their pages (版面): create and edit each, with the edition module's rules (one issue
 * per date, one page per number) at the fields. An issue or page reached through another newspaper's path is 404.
 */
@Controller
@RequestMapping("/admin/newspapers/{paperId}/issues")
class IssueAdminController {

    private final BackofficePages pages;
    private final EditionCatalog catalog;
    private final EditionEditing editing;
    private final Forms forms;
    private final IssueScreen issueScreen;

    IssueAdminController(
            BackofficePages pages,
            EditionCatalog catalog,
            EditionEditing editing,
            Forms forms,
            IssueScreen issueScreen) {
        this.pages = pages;
        this.catalog = catalog;
        this.editing = editing;
        this.forms = forms;
        this.issueScreen = issueScreen;
    }

    @GetMapping("/new")
    String newIssue(HttpServletRequest request, @PathVariable long paperId, Model model) {
        return issueScreen.render(
                request, model, catalog.requireNewspaper(paperId), null, IssueForm.empty(), List.of(), null);
    }

    @PostMapping
    String createIssue(HttpServletRequest request, @PathVariable long paperId, IssueForm form, Model model) {
        Newspaper newspaper = catalog.requireNewspaper(paperId);
        try {
            NewspaperIssue issue = editing.createIssue(paperId, issueDraft(forms.read(), form));
            return "redirect:/admin/newspapers/" + paperId + "/issues/" + issue.id() + "?saved";
        } catch (InvalidInputException e) {
            return issueScreen.render(request, model, newspaper, null, form, e.problems(), null);
        }
    }

    @GetMapping("/{issueId}")
    String editIssue(
            HttpServletRequest request,
            @PathVariable long paperId,
            @PathVariable long issueId,
            @RequestParam(required = false) String saved,
            Model model) {
        NewspaperIssue issue = issue(paperId, issueId);
        return issueScreen.render(
                request, model, catalog.requireNewspaper(paperId), issue, IssueForm.of(issue), List.of(), saved);
    }

    @PostMapping("/{issueId}")
    String updateIssue(
            HttpServletRequest request,
            @PathVariable long paperId,
            @PathVariable long issueId,
            IssueForm form,
            Model model) {
        NewspaperIssue issue = issue(paperId, issueId);
        Newspaper newspaper = catalog.requireNewspaper(paperId);
        try {
            FormInput input = forms.read();
            Integer version = input.integer("version", form.version());
            editing.updateIssue(issueId, version == null ? -1 : version, issueDraft(input, form));
            return "redirect:/admin/newspapers/" + paperId + "/issues/" + issueId + "?saved";
        } catch (InvalidInputException e) {
            return issueScreen.render(request, model, newspaper, issue, form, e.problems(), null);
        } catch (VersionConflictException e) {
            return issueScreen.render(request, model, newspaper, issue, form, conflict(), null);
        }
    }

    @GetMapping("/{issueId}/pages/new")
    String newPage(HttpServletRequest request, @PathVariable long paperId, @PathVariable long issueId, Model model) {
        NewspaperIssue issue = issue(paperId, issueId);
        int next = catalog.pages(issueId).stream()
                        .mapToInt(NewspaperPage::number)
                        .max()
                        .orElse(0)
                + 1;
        return pageForm(request, model, issue, null, PageForm.empty(Math.min(next, 999)), List.of());
    }

    @PostMapping("/{issueId}/pages")
    String createPage(
            HttpServletRequest request,
            @PathVariable long paperId,
            @PathVariable long issueId,
            PageForm form,
            Model model) {
        NewspaperIssue issue = issue(paperId, issueId);
        try {
            editing.createPage(issueId, pageDraft(forms.read(), form));
            return "redirect:/admin/newspapers/" + paperId + "/issues/" + issueId + "?saved";
        } catch (InvalidInputException e) {
            return pageForm(request, model, issue, null, form, e.problems());
        }
    }

    @GetMapping("/{issueId}/pages/{pageId}")
    String editPage(
            HttpServletRequest request,
            @PathVariable long paperId,
            @PathVariable long issueId,
            @PathVariable long pageId,
            Model model) {
        NewspaperIssue issue = issue(paperId, issueId);
        NewspaperPage newspaperPage = page(issueId, pageId);
        return pageForm(request, model, issue, newspaperPage, PageForm.of(newspaperPage), List.of());
    }

    @PostMapping("/{issueId}/pages/{pageId}")
    String updatePage(
            HttpServletRequest request,
            @PathVariable long paperId,
            @PathVariable long issueId,
            @PathVariable long pageId,
            PageForm form,
            Model model) {
        NewspaperIssue issue = issue(paperId, issueId);
        NewspaperPage newspaperPage = page(issueId, pageId);
        try {
            FormInput input = forms.read();
            Integer version = input.integer("version", form.version());
            editing.updatePage(pageId, version == null ? -1 : version, pageDraft(input, form));
            return "redirect:/admin/newspapers/" + paperId + "/issues/" + issueId + "?saved";
        } catch (InvalidInputException e) {
            return pageForm(request, model, issue, newspaperPage, form, e.problems());
        } catch (VersionConflictException e) {
            return pageForm(request, model, issue, newspaperPage, form, conflict());
        }
    }

    private NewspaperIssue issue(long paperId, long issueId) {
        NewspaperIssue issue = catalog.requireIssue(issueId);
        if (issue.newspaperId() != paperId) {
            throw new NotFoundException("issue", issueId);
        }
        return issue;
    }

    private NewspaperPage page(long issueId, long pageId) {
        NewspaperPage page = catalog.requirePage(pageId);
        if (page.issueId() != issueId) {
            throw new NotFoundException("page", pageId);
        }
        return page;
    }

    private static IssueDraft issueDraft(FormInput input, IssueForm form) {
        // Issues made in the back office are prepared first and go live as a whole (see IssueGoLiveController).
        IssueDraft draft = input.valid(new IssueDraft(
                input.date("date", form.date()), input.integer("number", form.number()), IssueStatus.PREPARING.code()));
        input.throwIfInvalid();
        return draft;
    }

    private static PageDraft pageDraft(FormInput input, PageForm form) {
        PageDraft draft = input.valid(new PageDraft(
                input.integer("number", form.number()),
                DisplayText.cleanLine(form.name()),
                form.label(),
                form.section(),
                form.editor()));
        input.throwIfInvalid();
        return draft;
    }

    private static List<FieldProblem> conflict() {
        return List.of(new FieldProblem("version", "structure.version-conflict"));
    }

    private String pageForm(
            HttpServletRequest request,
            Model model,
            NewspaperIssue issue,
            NewspaperPage newspaperPage,
            PageForm form,
            List<FieldProblem> problems) {
        Newspaper newspaper = catalog.requireNewspaper(issue.newspaperId());
        BackofficePage page = newspaperPage == null
                ? pages.of(
                        request,
                        "structure.pages.new.title",
                        newspaper.name(),
                        issue.date().toString())
                : pages.of(
                        request,
                        "structure.pages.edit.title",
                        newspaper.name(),
                        issue.date().toString(),
                        newspaperPage.number());
        model.addAttribute("page", page);
        model.addAttribute("newspaper", newspaper);
        model.addAttribute("issue", issue);
        model.addAttribute("newspaperPage", newspaperPage);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(FormOrder.of(PageForm.class, problems), page.t()));
        return "admin/edition/page-form";
    }
}
