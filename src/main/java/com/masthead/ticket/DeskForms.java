package com.masthead.ticket;

import com.masthead.shared.FieldProblem;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.Messages;
import com.masthead.shared.VersionConflictException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * What the staff screens of every ticket desk (corrections, reprints) do the same way with a form post; dates are
 * read by the back office's {@code FormInput}.
 */
public final class DeskForms {

    private DeskForms() {}

    /**
     * Runs a change and answers with {@code redirect}; a refused change (invalid input, or the ticket changed
     * meanwhile) answers with {@code refused} given the problems to show next to the fields.
     */
    public static String act(Runnable change, String redirect, Function<List<FieldProblem>, String> refused) {
        try {
            change.run();
            return redirect;
        } catch (InvalidInputException e) {
            return refused.apply(e.problems());
        } catch (VersionConflictException e) {
            return refused.apply(List.of(new FieldProblem("status", "tickets.admin.changed-meanwhile")));
        }
    }

    /** How long a ticket has been open, in days and hours, in the reader's language. */
    public static String age(Instant createdAt, Instant now, Messages t) {
        long hours = TicketDeadlines.ageHours(createdAt, now);
        return t.get("tickets.admin.age", String.valueOf(hours / 24), String.valueOf(hours % 24));
    }

    /** What the form showed for a field, so a refused form keeps what was typed. */
    public static String typed(String text) {
        return text == null ? "" : text;
    }
}
