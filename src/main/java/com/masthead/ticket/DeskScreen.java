package com.masthead.ticket;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * A ticket kind's staff screen as the shared desk forms (assign, reschedule, decline) need it: where it lives,
 * its desk, and how it shows one ticket again after a refused form.
 */
public interface DeskScreen {

    /** The screen's root, e.g. {@code /admin/corrections}; a ticket lives at {@code <path>/<id>}. */
    String path();

    TicketDesk<?> desk();

    /** The ticket's page with what was typed ({@code typed}, by field) and a message at each offending field. */
    String refused(HttpServletRequest request, long id, Refusal refusal, Model model);

    /**
     * Runs {@code change} and redirects back to the ticket with the saved notice; a refused change (bad input, or
     * the ticket changed meanwhile) shows the ticket again with the problems.
     */
    default String act(HttpServletRequest request, long id, Map<String, String> typed, Model model, Runnable change) {
        return DeskForms.act(
                change,
                "redirect:" + path() + "/" + id + "?saved",
                problems -> refused(request, id, new Refusal(problems, typed), model));
    }
}
