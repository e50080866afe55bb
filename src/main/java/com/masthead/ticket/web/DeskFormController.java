package com.masthead.ticket.web;

import com.masthead.backoffice.FormInput;
import com.masthead.ticket.DeskForms;
import com.masthead.ticket.DeskScreen;
import com.masthead.ticket.StaffActor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk forms every ticket kind's staff screen has alike: assigning, rescheduling and declining a ticket at
 * {@code /admin/corrections/{id}/…} and {@code /admin/reprints/{id}/…}. The kind's {@link DeskScreen} (found by the
 * path) carries the desk and renders a refused form; a saved change redirects back to the ticket.
 */
@Controller
class DeskFormController {

    private final List<DeskScreen> screens;

    DeskFormController(List<DeskScreen> screens) {
        this.screens = screens;
    }

    @PostMapping({"/admin/corrections/{id}/assign", "/admin/reprints/{id}/assign"})
    String assign(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String assignee,
            Authentication who,
            Model model) {
        DeskScreen screen = screenOf(request);
        return screen.act(
                request,
                id,
                Map.of("assignee", DeskForms.typed(assignee)),
                model,
                () -> screen.desk().assign(id, assignee, StaffActor.of(who)));
    }

    @PostMapping({"/admin/corrections/{id}/due-date", "/admin/reprints/{id}/due-date"})
    String reschedule(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String dueDate,
            Authentication who,
            Model model) {
        DeskScreen screen = screenOf(request);
        return screen.act(
                request,
                id,
                Map.of("dueDate", DeskForms.typed(dueDate)),
                model,
                () -> screen.desk()
                        .reschedule(
                                id,
                                FormInput.requireDate("dueDate", dueDate, "tickets.admin.date.invalid"),
                                StaffActor.of(who)));
    }

    @PostMapping({"/admin/corrections/{id}/decline", "/admin/reprints/{id}/decline"})
    String decline(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Authentication who,
            Model model) {
        DeskScreen screen = screenOf(request);
        return screen.act(
                request,
                id,
                Map.of("reason", DeskForms.typed(reason)),
                model,
                () -> screen.desk().decline(id, reason, StaffActor.of(who)));
    }

    private DeskScreen screenOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return screens.stream()
                .filter(s -> path.startsWith(s.path() + "/"))
                .findFirst()
                .orElseThrow();
    }
}
