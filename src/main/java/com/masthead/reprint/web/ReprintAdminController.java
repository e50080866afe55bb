package com.masthead.reprint.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.FormInput;
import com.masthead.reprint.ReprintDesk;
import com.masthead.reprint.ReprintFilter;
import com.masthead.reprint.ReprintGrant;
import com.masthead.reprint.ReprintRequest;
import com.masthead.reprint.ReprintStatus;
import com.masthead.shared.PageRequest;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.DeskForms;
import com.masthead.ticket.DeskQueueFilter;
import com.masthead.ticket.DeskScreen;
import com.masthead.ticket.DeskView;
import com.masthead.ticket.DeskViews;
import com.masthead.ticket.Refusal;
import com.masthead.ticket.StaffActor;
import com.masthead.ticket.TicketDesk;
import com.masthead.ticket.TicketInput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk's reprint-licence queue in the staff UI: the list (filters, overdue marked; filtered by an article it
 * lists the requests, and so the licences, for that article), one request, and the form for granting with terms
 * and validity (assigning, rescheduling and declining are the shared desk forms, {@link DeskScreen}).
 */
@Controller
@RequestMapping(ReprintAdminController.PATH)
class ReprintAdminController implements DeskScreen {

    static final String PATH = "/admin/reprints";
    private static final int PAGE_SIZE = 30;

    private final ReprintDesk desk;
    private final ArticleReferences articles;
    private final DeskViews views;

    ReprintAdminController(ReprintDesk desk, ArticleReferences articles, DeskViews views) {
        this.desk = desk;
        this.articles = articles;
        this.views = views;
    }

    /** The queue's filter form: the desk's filter and an article (id or address) the requests must name. */
    record QueueForm(String status, String assignee, String article, String overdue) {}

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public TicketDesk<?> desk() {
        return desk;
    }

    @GetMapping
    String queue(
            HttpServletRequest request,
            @ModelAttribute QueueForm form,
            @RequestParam(required = false) Integer page,
            Model model) {
        BackofficePage frame = views.frame(request, "tickets.admin.reprints.title");
        var filter = DeskQueueFilter.of(ReprintStatus.values(), form.status(), form.assignee(), form.overdue());
        String typedArticle = form.article() == null ? "" : TicketInput.cleanLine(form.article());
        // An article that does not resolve matches nothing rather than everything.
        Long articleId = typedArticle.isEmpty()
                ? null
                : articles.resolve(typedArticle).map(ArticleReference::id).orElse(-1L);
        LocalDate today = desk.today();
        var rows = desk.list(
                        new ReprintFilter(filter.status(), filter.assignee(), articleId, filter.overdueOnly()),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE))
                .map(r -> new ReprintQueuePage.Row(
                        r, r.desk().isOverdue(today), views.age(r.desk().createdAt(), frame.t()), r.isValidOn(today)));
        model.addAttribute("page", frame);
        model.addAttribute(
                "queue",
                new ReprintQueuePage(rows, filter, typedArticle, filter.pageBase(PATH, "article", typedArticle)));
        return "admin/reprint/queue";
    }

    @GetMapping("/{id}")
    String detail(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String saved,
            Model model) {
        ReprintRequest ticket = desk.get(id);
        BackofficePage frame = views.frame(request, "tickets.admin.reprints.detail", ticket.number());
        return detail(frame, ticket, views.saved(frame, ticket.desk(), desk.today(), saved != null), model);
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
        typed.put("terms", DeskForms.typed(terms));
        typed.put("validFrom", DeskForms.typed(validFrom));
        typed.put("validUntil", DeskForms.typed(validUntil));
        return act(
                request,
                id,
                typed,
                model,
                () -> desk.grant(
                        id,
                        new ReprintGrant(
                                terms,
                                FormInput.requireDate("validFrom", validFrom, "tickets.admin.date.invalid"),
                                FormInput.requireDate("validUntil", validUntil, "tickets.admin.date.invalid")),
                        StaffActor.of(who)));
    }

    @Override
    public String refused(HttpServletRequest request, long id, Refusal refusal, Model model) {
        ReprintRequest current = desk.get(id);
        BackofficePage frame = views.frame(request, "tickets.admin.reprints.detail", current.number());
        return detail(frame, current, views.refused(frame, current.desk(), desk.today(), refusal), model);
    }

    private String detail(BackofficePage frame, ReprintRequest request, DeskView view, Model model) {
        model.addAttribute("page", frame);
        model.addAttribute("ticket", new ReprintDetailPage(request, view, request.isValidOn(desk.today())));
        return "admin/reprint/detail";
    }
}
