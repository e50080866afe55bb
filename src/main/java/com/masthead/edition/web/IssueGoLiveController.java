package com.masthead.edition.web;

import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.Forms;
import com.masthead.edition.EditionCatalog;
import com.masthead.edition.EditionEditing;
import com.masthead.edition.NewspaperIssue;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Going live on the issue screen: publish a prepared issue now ({@code when=now}) or set the time it goes live
 * ({@code when=at}, {@code goLiveAt} in the site's time zone); refusals come back on the issue screen at the field.
 */
@Controller
class IssueGoLiveController {

    private final EditionCatalog catalog;
    private final EditionEditing editing;
    private final Forms forms;
    private final IssueScreen screen;
    private final SiteSettingsService settings;

    IssueGoLiveController(
            EditionCatalog catalog,
            EditionEditing editing,
            Forms forms,
            IssueScreen screen,
            SiteSettingsService settings) {
        this.catalog = catalog;
        this.editing = editing;
        this.forms = forms;
        this.screen = screen;
        this.settings = settings;
    }

    @PostMapping("/admin/newspapers/{paperId}/issues/{issueId}/go-live")
    String goLive(
            HttpServletRequest request,
            @PathVariable long paperId,
            @PathVariable long issueId,
            @RequestParam(defaultValue = "") String when,
            @RequestParam(defaultValue = "") String goLiveAt,
            @RequestParam(defaultValue = "") String version,
            Model model) {
        NewspaperIssue issue = catalog.requireIssue(issueId);
        if (issue.newspaperId() != paperId) {
            throw new NotFoundException("issue", issueId);
        }
        String actor = BackofficePages.currentMember().login();
        try {
            Integer expected = forms.read().integer("version", version);
            int v = expected == null ? -1 : expected;
            if ("now".equals(when)) {
                editing.publishIssueNow(issueId, v, actor);
            } else {
                editing.scheduleGoLive(issueId, v, localTime(goLiveAt), actor);
            }
            return "redirect:/admin/newspapers/" + paperId + "/issues/" + issueId + "?saved";
        } catch (InvalidInputException e) {
            return refused(request, model, issue, e.problems());
        } catch (VersionConflictException e) {
            return refused(request, model, issue, List.of(new FieldProblem("version", "structure.version-conflict")));
        }
    }

    private String refused(HttpServletRequest request, Model model, NewspaperIssue issue, List<FieldProblem> problems) {
        return screen.render(
                request,
                model,
                catalog.requireNewspaper(issue.newspaperId()),
                issue,
                IssueForm.of(issue),
                problems,
                null);
    }

    private Instant localTime(String value) {
        try {
            return LocalDateTime.parse(value)
                    .atZone(settings.current().timeZone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("goLiveAt", "issue.go-live.future");
        }
    }
}
