package com.masthead.reprint.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.reprint.ReprintDesk;
import com.masthead.reprint.ReprintFilter;
import com.masthead.reprint.ReprintGrant;
import com.masthead.reprint.ReprintRequest;
import com.masthead.reprint.ReprintStatus;
import com.masthead.shared.FieldProblem;
import com.masthead.shared.Messages;
import com.masthead.shared.PageRequest;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.StaffActor;
import com.masthead.ticket.TicketForms;
import com.masthead.ticket.TicketInput;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk's reprint-licence queue in the staff UI: the list (filters, overdue marked; filtered by an article it
 * lists the requests, and so the licences, for that article), one request, and the forms for assigning,
 * rescheduling, granting with terms and validity, and declining with a reason.
 */
@Controller
@RequestMapping(ReprintAdminController.PATH)
class ReprintAdminController {

    static final String PATH = "/admin/reprints";
    private static final int PAGE_SIZE = 30;

    private final BackofficePages pages;
    private final ReprintDesk desk;
    private final ArticleReferences articles;
    private final Clock clock;

    ReprintAdminController(BackofficePages pages, ReprintDesk desk, ArticleReferences articles, Clock clock) {
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
            @RequestParam(required = false) String article,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) Integer page,
            Model model) {
        BackofficePage frame = pages.of(request, "tickets.admin.reprints.title");
        ReprintStatus wanted = Arrays.stream(ReprintStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        String typedArticle = article == null ? "" : TicketInput.cleanLine(article);
        // An article that does not resolve matches nothing rather than everything.
        Long articleId = typedArticle.isEmpty()
                ? null
                : articles.resolve(typedArticle).map(ArticleReference::id).orElse(-1L);
        boolean late = "1".equals(overdue);
        LocalDate today = desk.today();
        var rows = desk.list(
                        new ReprintFilter(wanted, who, articleId, late ? true : null),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE))
                .map(r -> new ReprintQueuePage.Row(r, r.isOverdue(today), age(r, frame.t()), r.isValidOn(today)));
        model.addAttribute("page", frame);
        model.addAttribute(
                "queue",
                new ReprintQueuePage(
                        rows,
                        wanted == null ? "" : wanted.name(),
                        who == null ? "" : who,
                        typedArticle,
                        late,
                        Arrays.stream(ReprintStatus.values()).map(Enum::name).toList(),
                        PATH + "?status=" + (wanted == null ? "" : wanted.name()) + "&assignee=" + encode(who)
                                + "&article=" + encode(typedArticle) + (late ? "&overdue=1" : "") + "&"));
        return "admin/reprint/queue";
    }

    @GetMapping("/{id}")
    String detail(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String saved,
            Model model) {
        ReprintRequest ticket = desk.get(id);
        BackofficePage frame = pages.of(request, "tickets.admin.reprints.detail", ticket.number());
        return detail(
                frame, ticket, saved == null ? null : frame.t().get("tickets.admin.saved"), List.of(), Map.of(), model);
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

    @PostMapping("/{id}/grant")
    String grant(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String terms,
            @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String validUntil,
            Authentication who,
            Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("terms", TicketForms.typed(terms));
        typed.put("validFrom", TicketForms.typed(validFrom));
        typed.put("validUntil", TicketForms.typed(validUntil));
        return act(
                request,
                id,
                typed,
                model,
                () -> desk.grant(
                        id,
                        new ReprintGrant(
                                terms,
                                TicketForms.date("validFrom", validFrom),
                                TicketForms.date("validUntil", validUntil)),
                        StaffActor.of(who)));
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
        ReprintRequest current = desk.get(id);
        BackofficePage frame = pages.of(request, "tickets.admin.reprints.detail", current.number());
        return detail(frame, current, null, problems, typed, model);
    }

    private String detail(
            BackofficePage frame,
            ReprintRequest request,
            String notice,
            List<FieldProblem> problems,
            Map<String, String> typed,
            Model model) {
        LocalDate today = desk.today();
        model.addAttribute("page", frame);
        model.addAttribute(
                "ticket",
                new ReprintDetailPage(
                        request,
                        request.isOverdue(today),
                        request.isValidOn(today),
                        age(request, frame.t()),
                        notice,
                        FormErrors.of(problems, frame.t()),
                        typed));
        return "admin/reprint/detail";
    }

    private String age(ReprintRequest request, Messages t) {
        return TicketForms.age(request.createdAt(), clock.instant(), t);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
