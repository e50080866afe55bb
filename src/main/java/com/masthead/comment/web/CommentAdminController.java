package com.masthead.comment.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.comment.BanKind;
import com.masthead.comment.BulkOutcome;
import com.masthead.comment.CommentBans;
import com.masthead.comment.CommentDetail;
import com.masthead.comment.CommentFilter;
import com.masthead.comment.CommentModeration;
import com.masthead.comment.CommentRow;
import com.masthead.comment.CommentState;
import com.masthead.comment.QueuedComment;
import com.masthead.comment.RejectReason;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.Messages;
import com.masthead.shared.PageRequest;
import com.masthead.shared.VersionConflictException;
import com.masthead.staff.Actors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The moderation queue in the staff UI (moderators and editors, see {@link CommentAccessRules}): filters (state,
 * article, channel, reported), the lexicon terms found in each comment marked, bulk approve and reject with a
 * reason, and per comment its history, a decision and a ban of its sender. Every form posts and redirects (303).
 */
@Controller
@RequestMapping(CommentAdminController.PATH)
class CommentAdminController {

    static final String PATH = "/admin/comments";
    private static final int PAGE_SIZE = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BackofficePages pages;
    private final CommentModeration moderation;
    private final CommentBans bans;
    private final SiteSettingsService settings;

    CommentAdminController(
            BackofficePages pages, CommentModeration moderation, CommentBans bans, SiteSettingsService settings) {
        this.pages = pages;
        this.moderation = moderation;
        this.bans = bans;
        this.settings = settings;
    }

    @GetMapping
    String queue(
            HttpServletRequest request,
            @RequestParam(defaultValue = "PENDING") String state,
            @RequestParam(required = false) String articleId,
            @RequestParam(required = false) String channelId,
            @RequestParam(required = false) String flagged,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer done,
            @RequestParam(required = false) Integer skipped,
            @RequestParam(required = false) String problem,
            Model model) {
        BackofficePage frame = pages.of(request, "comments.admin.title");
        CommentState wanted = Arrays.stream(CommentState.values())
                .filter(s -> s.name().equals(state))
                .findFirst()
                .orElse(null);
        Long article = number(articleId);
        Long channel = number(channelId);
        boolean reported = "1".equals(flagged);
        var rows = moderation
                .queue(
                        new CommentFilter(wanted, article, channel, reported ? Boolean.TRUE : null),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE))
                .map(this::row);
        String base = PATH + "?state=" + (wanted == null ? "ALL" : wanted.name())
                + (article == null ? "" : "&articleId=" + article)
                + (channel == null ? "" : "&channelId=" + channel)
                + (reported ? "&flagged=1" : "") + "&";
        model.addAttribute("page", frame);
        model.addAttribute(
                "queue",
                new CommentQueuePage(
                        wanted == null ? "ALL" : wanted.name(),
                        article == null ? "" : article.toString(),
                        channel == null ? "" : channel.toString(),
                        reported,
                        rows,
                        List.of(RejectReason.values()),
                        notice(frame.t(), done, skipped, problem),
                        base));
        return "admin/comment/queue";
    }

    /** Approves or rejects the ticked comments, then shows the queue again, filtered as before. */
    @PostMapping("/decide")
    RedirectView decide(
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back) {
        String to = back != null && back.startsWith(PATH + "?") && !back.contains("//") ? back : PATH + "?";
        if (!to.endsWith("?") && !to.endsWith("&")) {
            to += "&";
        }
        List<Long> chosen = ids == null
                ? List.of()
                : ids.stream()
                        .map(CommentAdminController::number)
                        .filter(n -> n != null)
                        .toList();
        try {
            BulkOutcome outcome = "reject".equals(decision)
                    ? moderation.rejectAll(chosen, reasonOf(reason), note, Actors.current())
                    : moderation.approveAll(chosen, Actors.current());
            return seeOther(to + "done=" + outcome.done().size() + "&skipped="
                    + outcome.skipped().size());
        } catch (InvalidInputException e) {
            return seeOther(to + "problem=" + e.problems().get(0).field());
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String saved,
            Model model) {
        BackofficePage frame = pages.of(request, "comments.admin.detail", id);
        return detail(frame, id, saved == null ? null : frame.t().get("comments.admin.saved"), null, model);
    }

    @PostMapping("/{id:\\d+}/approve")
    Object approve(HttpServletRequest request, HttpServletResponse response, @PathVariable long id, Model model) {
        return change(request, response, id, model, () -> moderation.approve(id, Actors.current()));
    }

    @PostMapping("/{id:\\d+}/reject")
    Object reject(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            Model model) {
        return change(
                request, response, id, model, () -> moderation.reject(id, reasonOf(reason), note, Actors.current()));
    }

    /** Bans whoever posted this comment, by address or by fingerprint, for some hours. */
    @PostMapping("/{id:\\d+}/ban")
    Object ban(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String hours,
            @RequestParam(required = false) String reason,
            Model model) {
        BanKind banKind = Arrays.stream(BanKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
        Long duration = number(hours);
        return change(
                request,
                response,
                id,
                model,
                () -> bans.ban(
                        new CommentBans.Request(
                                banKind,
                                id,
                                null,
                                duration == null || duration > 100_000 ? null : Duration.ofHours(duration),
                                reason),
                        Actors.current()));
    }

    private Object change(
            HttpServletRequest request, HttpServletResponse response, long id, Model model, Runnable action) {
        BackofficePage frame = pages.of(request, "comments.admin.detail", id);
        try {
            action.run();
            return seeOther(PATH + "/" + id + "?saved=1");
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            var p = e.problems().get(0);
            return detail(frame, id, null, frame.t().get(p.messageKey(), p.arguments()), model);
        } catch (VersionConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(frame, id, null, frame.t().get("comments.admin.conflict"), model);
        }
    }

    private String detail(BackofficePage frame, long id, String notice, String error, Model model) {
        CommentDetail detail = moderation.find(id);
        ZoneId zone = settings.current().timeZone();
        CommentRow c = detail.comment().comment();
        List<CommentDetailPage.HistoryLine> history = new ArrayList<>();
        detail.history()
                .forEach(h -> history.add(new CommentDetailPage.HistoryLine(
                        time(h.at(), zone), h.action(), h.actor(), h.detail() == null ? "" : h.detail())));
        model.addAttribute("page", frame);
        model.addAttribute(
                "comment",
                new CommentDetailPage(
                        row(detail.comment()),
                        c.contact(),
                        c.clientFingerprint(),
                        c.decidedBy(),
                        c.rejectReason() == null
                                ? null
                                : c.rejectReason().name() + (c.rejectNote() == null ? "" : ": " + c.rejectNote()),
                        history,
                        List.of(RejectReason.values()),
                        List.of(BanKind.values()),
                        notice,
                        error));
        return "admin/comment/detail";
    }

    private CommentQueuePage.Row row(QueuedComment q) {
        CommentRow c = q.comment();
        return new CommentQueuePage.Row(
                c.id(),
                c.nickname(),
                MarkedText.of(c.text(), q.matches()),
                q.articleTitle(),
                q.articleUrl(),
                c.state(),
                c.flagged(),
                c.reportCount(),
                c.heldFor(),
                c.clientAddress(),
                time(c.createdAt(), settings.current().timeZone()));
    }

    private static String notice(Messages t, Integer done, Integer skipped, String problem) {
        if (problem != null) {
            String key = "reason".equals(problem) ? "comments.admin.need-reason" : "comments.admin.need-selection";
            return t.get(key);
        }
        return done == null ? null : t.get("comments.admin.done", done, skipped == null ? 0 : skipped);
    }

    private static RejectReason reasonOf(String name) {
        return Arrays.stream(RejectReason.values())
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static Long number(String text) {
        if (text == null || !text.strip().matches("\\d{1,15}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private static RedirectView seeOther(String to) {
        RedirectView redirect = new RedirectView(to);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
