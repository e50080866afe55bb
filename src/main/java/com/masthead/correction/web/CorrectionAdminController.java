package com.masthead.correction.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.correction.CorrectionDesk;
import com.masthead.correction.CorrectionFilter;
import com.masthead.correction.CorrectionRequest;
import com.masthead.correction.CorrectionStatus;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.Messages;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.AttachmentDownloads;
import com.masthead.ticket.AttachmentFile;
import com.masthead.ticket.StaffActor;
import com.masthead.ticket.TicketForms;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk's correction queue in the staff UI: the list (filters, overdue first marked), one request with its
 * reader's text and attachment, and the forms for assigning, rescheduling, accepting with the correction note,
 * editing the note and declining with a reason. A refused form comes back with its values and the messages at its
 * fields; a saved one redirects back to the request.
 */
@Controller
@RequestMapping(CorrectionAdminController.PATH)
class CorrectionAdminController {

    static final String PATH = "/admin/corrections";
    private static final int PAGE_SIZE = 30;

    private final BackofficePages pages;
    private final CorrectionDesk desk;
    private final ArticleReferences articles;
    private final Clock clock;

    CorrectionAdminController(BackofficePages pages, CorrectionDesk desk, ArticleReferences articles, Clock clock) {
        this.pages = pages;
        this.desk = desk;
        this.articles = articles;
        this.clock = clock;
    }

    @GetMapping
    String queue(
            HttpServletRequest request,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) Integer page,
            Model model) {
        BackofficePage frame = pages.of(request, "tickets.admin.corrections.title");
        CorrectionStatus wanted = Arrays.stream(CorrectionStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        boolean late = "1".equals(overdue);
        LocalDate today = desk.today();
        var rows = desk.list(
                        new CorrectionFilter(wanted, who, null, late ? true : null),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE))
                .map(r -> new CorrectionQueuePage.Row(r, r.isOverdue(today), age(r, frame.t())));
        model.addAttribute("page", frame);
        model.addAttribute(
                "queue",
                new CorrectionQueuePage(
                        rows,
                        wanted == null ? "" : wanted.name(),
                        who == null ? "" : who,
                        late,
                        Arrays.stream(CorrectionStatus.values()).map(Enum::name).toList(),
                        PATH + "?status=" + (wanted == null ? "" : wanted.name()) + "&assignee="
                                + URLEncoder.encode(who == null ? "" : who, StandardCharsets.UTF_8)
                                + (late ? "&overdue=1" : "") + "&"));
        return "admin/correction/queue";
    }

    @GetMapping("/{id}")
    String detail(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String saved,
            Model model) {
        BackofficePage frame = pages.of(
                request, "tickets.admin.corrections.detail", desk.get(id).number());
        return detail(
                frame,
                desk.get(id),
                saved == null ? null : frame.t().get("tickets.admin.saved"),
                List.of(),
                Map.of(),
                model);
    }

    /** The reader's attachment, as a download (never shown inline). */
    @GetMapping("/{id}/attachment")
    ResponseEntity<Resource> attachment(@PathVariable long id) {
        CorrectionRequest request = desk.get(id);
        AttachmentFile file =
                desk.attachment(id).orElseThrow(() -> new NotFoundException("attachment", request.number()));
        return AttachmentDownloads.of(file, request.number());
    }

    @PostMapping("/{id}/assign")
    String assign(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String assignee,
            Authentication who,
            Model model) {
        return act(
                request,
                id,
                Map.of("assignee", TicketForms.typed(assignee)),
                model,
                () -> desk.assign(id, assignee, StaffActor.of(who)));
    }

    @PostMapping("/{id}/due-date")
    String reschedule(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String dueDate,
            Authentication who,
            Model model) {
        return act(
                request,
                id,
                Map.of("dueDate", TicketForms.typed(dueDate)),
                model,
                () -> desk.reschedule(id, TicketForms.date("dueDate", dueDate), StaffActor.of(who)));
    }

    @PostMapping("/{id}/accept")
    String accept(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Authentication who,
            Model model) {
        return act(
                request,
                id,
                Map.of("note", TicketForms.typed(note)),
                model,
                () -> desk.accept(id, note, StaffActor.of(who)));
    }

    @PostMapping("/{id}/note")
    String editNote(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Authentication who,
            Model model) {
        return act(
                request,
                id,
                Map.of("note", TicketForms.typed(note)),
                model,
                () -> desk.editNote(id, note, StaffActor.of(who)));
    }

    @PostMapping("/{id}/decline")
    String decline(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Authentication who,
            Model model) {
        return act(
                request,
                id,
                Map.of("reason", TicketForms.typed(reason)),
                model,
                () -> desk.decline(id, reason, StaffActor.of(who)));
    }

    private String act(HttpServletRequest request, long id, Map<String, String> typed, Model model, Runnable change) {
        return TicketForms.act(
                change,
                "redirect:" + PATH + "/" + id + "?saved",
                problems -> refused(request, id, problems, typed, model));
    }

    private String refused(
            HttpServletRequest request, long id, List<FieldProblem> problems, Map<String, String> typed, Model model) {
        CorrectionRequest current = desk.get(id);
        BackofficePage frame = pages.of(request, "tickets.admin.corrections.detail", current.number());
        return detail(frame, current, null, problems, typed, model);
    }

    private String detail(
            BackofficePage frame,
            CorrectionRequest request,
            String notice,
            List<FieldProblem> problems,
            Map<String, String> typed,
            Model model) {
        model.addAttribute("page", frame);
        model.addAttribute(
                "ticket",
                new CorrectionDetailPage(
                        request,
                        request.isOverdue(desk.today()),
                        age(request, frame.t()),
                        articles.published(request.articleId())
                                .map(ArticleReference::url)
                                .orElse(null),
                        notice,
                        FormErrors.of(problems, frame.t()),
                        typed));
        return "admin/correction/detail";
    }

    private String age(CorrectionRequest request, Messages t) {
        return TicketForms.age(request.createdAt(), clock.instant(), t);
    }
}
