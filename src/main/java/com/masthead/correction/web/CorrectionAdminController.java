package com.masthead.correction.web;

import com.masthead.backoffice.BackofficePage;
import com.masthead.correction.CorrectionDesk;
import com.masthead.correction.CorrectionFilter;
import com.masthead.correction.CorrectionRequest;
import com.masthead.correction.CorrectionStatus;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.ticket.ArticleReference;
import com.masthead.ticket.ArticleReferences;
import com.masthead.ticket.AttachmentDownloads;
import com.masthead.ticket.AttachmentFile;
import com.masthead.ticket.DeskForms;
import com.masthead.ticket.DeskQueueFilter;
import com.masthead.ticket.DeskQueueForm;
import com.masthead.ticket.DeskScreen;
import com.masthead.ticket.DeskView;
import com.masthead.ticket.DeskViews;
import com.masthead.ticket.Refusal;
import com.masthead.ticket.StaffActor;
import com.masthead.ticket.TicketDesk;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
 * The desk's correction queue in the staff UI: the list (filters, overdue first marked), one request with its
 * reader's text and attachment, and the forms for accepting with the correction note and editing the note
 * (assigning, rescheduling and declining are the shared desk forms, {@link DeskScreen}). A refused form comes back
 * with its values and the messages at its fields; a saved one redirects back to the request.
 */
@Controller
@RequestMapping(CorrectionAdminController.PATH)
class CorrectionAdminController implements DeskScreen {

    static final String PATH = "/admin/corrections";
    private static final int PAGE_SIZE = 30;

    private final CorrectionDesk desk;
    private final ArticleReferences articles;
    private final DeskViews views;

    CorrectionAdminController(CorrectionDesk desk, ArticleReferences articles, DeskViews views) {
        this.desk = desk;
        this.articles = articles;
        this.views = views;
    }

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
            @ModelAttribute DeskQueueForm form,
            @RequestParam(required = false) Integer page,
            Model model) {
        BackofficePage frame = views.frame(request, "tickets.admin.corrections.title");
        var filter = DeskQueueFilter.of(CorrectionStatus.values(), form.status(), form.assignee(), form.overdue());
        LocalDate today = desk.today();
        var rows = desk.list(
                        new CorrectionFilter(filter.status(), filter.assignee(), null, filter.overdueOnly()),
                        PageRequest.of(page, PAGE_SIZE, PAGE_SIZE))
                .map(r -> new CorrectionQueuePage.Row(
                        r, r.desk().isOverdue(today), views.age(r.desk().createdAt(), frame.t())));
        model.addAttribute("page", frame);
        model.addAttribute("queue", new CorrectionQueuePage(rows, filter, filter.pageBase(PATH)));
        return "admin/correction/queue";
    }

    @GetMapping("/{id}")
    String detail(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String saved,
            Model model) {
        CorrectionRequest ticket = desk.get(id);
        BackofficePage frame = views.frame(request, "tickets.admin.corrections.detail", ticket.number());
        return detail(frame, ticket, views.saved(frame, ticket.desk(), desk.today(), saved != null), model);
    }

    /** The reader's attachment, as a download (never shown inline). */
    @GetMapping("/{id}/attachment")
    ResponseEntity<Resource> attachment(@PathVariable long id) {
        CorrectionRequest request = desk.get(id);
        AttachmentFile file =
                desk.attachment(id).orElseThrow(() -> new NotFoundException("attachment", request.number()));
        return AttachmentDownloads.of(file, request.number());
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
                Map.of("note", DeskForms.typed(note)),
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
                Map.of("note", DeskForms.typed(note)),
                model,
                () -> desk.editNote(id, note, StaffActor.of(who)));
    }

    @Override
    public String refused(HttpServletRequest request, long id, Refusal refusal, Model model) {
        CorrectionRequest current = desk.get(id);
        BackofficePage frame = views.frame(request, "tickets.admin.corrections.detail", current.number());
        return detail(frame, current, views.refused(frame, current.desk(), desk.today(), refusal), model);
    }

    private String detail(BackofficePage frame, CorrectionRequest request, DeskView view, Model model) {
        String articleUrl = articles.published(request.articleId())
                .map(ArticleReference::url)
                .orElse(null);
        model.addAttribute("page", frame);
        model.addAttribute("ticket", new CorrectionDetailPage(request, view, articleUrl));
        return "admin/correction/detail";
    }
}
