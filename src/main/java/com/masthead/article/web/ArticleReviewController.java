package com.masthead.article.web;

import com.masthead.article.Approval;
import com.masthead.article.Article;
import com.masthead.article.ArticleContent;
import com.masthead.article.ArticleDiff;
import com.masthead.article.ArticleEditing;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleRevision;
import com.masthead.article.ReviewAction;
import com.masthead.article.ReviewLadder;
import com.masthead.article.ReviewPolicies;
import com.masthead.article.ReviewState;
import com.masthead.article.ReviewStep;
import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.lexicon.ScreeningReport;
import com.masthead.lexicon.SensitiveWordScreen;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.ForbiddenException;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.VersionConflictException;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review screen: the copy as readers will see it, the machine pre-check of sensitive words, the changes since
 * the last sign-off, the review history, and the actions the viewer may take (submit, approve, send back,
 * publish, schedule, take down). Every action posts the version it was shown; a stale one is refused.
 */
@Controller
class ArticleReviewController {

    private final BackofficePages pages;
    private final ArticleReading reading;
    private final ArticleEditing editing;
    private final ReviewPolicies policies;
    private final SensitiveWordScreen screen;
    private final SiteSettingsService settings;
    private final StaffAccounts accounts;

    /** The outcomes the screen confirms after a redirect; anything else in {@code ?done=} is ignored. */
    private static final Set<String> DONE_NOTICES = Set.of(
            "submitted",
            "approved",
            "sent-back",
            "published",
            "scheduled",
            "schedule-cancelled",
            "unpublished",
            "restored");

    ArticleReviewController(
            BackofficePages pages,
            ArticleReading reading,
            ArticleEditing editing,
            ReviewPolicies policies,
            SensitiveWordScreen screen,
            SiteSettingsService settings,
            StaffAccounts accounts) {
        this.pages = pages;
        this.reading = reading;
        this.editing = editing;
        this.policies = policies;
        this.screen = screen;
        this.settings = settings;
        this.accounts = accounts;
    }

    @GetMapping("/admin/articles/{id}")
    String review(HttpServletRequest request, @PathVariable long id, Model model) {
        return show(request, model, load(id), null);
    }

    @PostMapping("/admin/articles/{id}/submit")
    String submit(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam int version,
            Model model) {
        return act(request, response, model, id, "submitted", () -> editing.submit(id, version, me()));
    }

    @PostMapping("/admin/articles/{id}/approve")
    String approve(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String responsibleEditor,
            @RequestParam(defaultValue = "now") String next,
            @RequestParam(required = false) String publishAt,
            Model model) {
        return act(request, response, model, id, "approved", () -> {
            boolean now = "now".equals(next);
            Instant at = "schedule".equals(next) ? localTime(publishAt) : null;
            return editing.approve(id, version, new Approval(null, responsibleEditor, now, at), me());
        });
    }

    @PostMapping("/admin/articles/{id}/send-back")
    String sendBack(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        return act(request, response, model, id, "sent-back", () -> editing.sendBack(id, version, reason, me()));
    }

    @PostMapping("/admin/articles/{id}/publish")
    String publish(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam int version,
            Model model) {
        return act(request, response, model, id, "published", () -> editing.publishApproved(id, version, me()));
    }

    @PostMapping("/admin/articles/{id}/schedule")
    String schedule(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String publishAt,
            Model model) {
        return act(
                request,
                response,
                model,
                id,
                "scheduled",
                () -> editing.schedule(id, version, localTime(publishAt), me()));
    }

    @PostMapping("/admin/articles/{id}/cancel-schedule")
    String cancelSchedule(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam int version,
            Model model) {
        return act(request, response, model, id, "schedule-cancelled", () -> editing.cancelSchedule(id, version, me()));
    }

    @PostMapping("/admin/articles/{id}/unpublish")
    String unpublish(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        return act(request, response, model, id, "unpublished", () -> editing.unpublish(id, reason, me()));
    }

    private String act(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            long id,
            String done,
            Supplier<Article> action) {
        BackofficePage page = pages.of(request, "newsroom.review.title");
        String problem;
        HttpStatus status;
        try {
            action.get();
            return "redirect:/admin/articles/" + id + "?done=" + done;
        } catch (VersionConflictException e) {
            status = HttpStatus.CONFLICT;
            problem = page.t().get("newsroom.review.stale");
        } catch (ForbiddenException e) {
            status = HttpStatus.FORBIDDEN;
            problem = page.t().get(e.messageKey(), e.arguments());
        } catch (InvalidInputException e) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
            problem = e.problems().stream()
                    .map(p -> page.t().get(p.messageKey(), p.arguments()))
                    .collect(Collectors.joining(" "));
        }
        response.setStatus(status.value());
        return show(request, model, load(id), problem);
    }

    private String show(HttpServletRequest request, Model model, Article article, String alert) {
        BackofficePage page = pages.of(request, "newsroom.review.title");
        StaffMember me = page.user();
        ReviewLadder ladder = policies.ladderFor(article.working().channelId());
        int awaited = awaitedLevel(article.reviewState());
        List<ReviewStep> steps = reading.steps(article.id());
        ArticleContent c = article.working();
        ScreeningReport report = screen.screen(
                String.join("\n", nz(c.kicker()), c.title(), nz(c.subtitle()), nz(c.summary()), c.body()));
        model.addAttribute("page", page);
        model.addAttribute("article", article);
        model.addAttribute("ladder", ladder);
        model.addAttribute("awaited", awaited);
        model.addAttribute("steps", steps);
        model.addAttribute("report", report);
        model.addAttribute("diff", diffSinceSignOff(article, steps));
        model.addAttribute("alert", alert);
        String done = request.getParameter("done");
        model.addAttribute("done", done != null && DONE_NOTICES.contains(done) ? done : null);
        model.addAttribute(
                "authorName",
                accounts.findByLogin(article.authorLogin())
                        .map(StaffAccount::realName)
                        .orElse(article.authorLogin()));
        model.addAttribute(
                "mayReview",
                awaited > 0
                        && awaited <= ladder.levels()
                        && me.has(ladder.roleFor(awaited))
                        && !me.login().equals(article.authorLogin()));
        model.addAttribute("finalLevel", awaited > 0 && ladder.isFinal(awaited));
        model.addAttribute("isChief", me.has(StaffRole.EDITOR_IN_CHIEF));
        model.addAttribute("zone", settings.current().timeZone());
        return "admin/article/review";
    }

    /** The changes since the newest valid sign-off, or since the live version for a correction. */
    private ArticleDiff diffSinceSignOff(Article article, List<ReviewStep> steps) {
        int base = steps.stream()
                .filter(s -> s.action() == ReviewAction.APPROVED && s.valid())
                .mapToInt(ReviewStep::revision)
                .max()
                .orElse(article.hasPendingCopy() ? article.liveRevision() : 0);
        if (base == 0 || base >= article.workingRevision()) {
            return null;
        }
        return reading.revision(article.id(), base)
                .map(ArticleRevision::content)
                .map(old -> ArticleDiff.between(old, article.working()))
                .orElse(null);
    }

    private Instant localTime(String value) {
        try {
            return LocalDateTime.parse(value)
                    .atZone(settings.current().timeZone())
                    .toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(List.of(new FieldProblem("publishAt", "review.schedule.future")));
        }
    }

    private static int awaitedLevel(ReviewState state) {
        return switch (state) {
            case SUBMITTED -> 1;
            case PASSED_1 -> 2;
            case PASSED_2 -> 3;
            default -> 0;
        };
    }

    private Article load(long id) {
        return reading.find(id).orElseThrow(() -> new NotFoundException("article", id));
    }

    private static StaffMember me() {
        return BackofficePages.currentMember();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
