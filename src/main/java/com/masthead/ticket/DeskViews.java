package com.masthead.ticket;

import com.masthead.backoffice.BackofficePage;
import com.masthead.backoffice.BackofficePages;
import com.masthead.backoffice.FormErrors;
import com.masthead.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the parts of a ticket's staff pages that every kind shows alike (see {@link DeskView}). */
@Component
public class DeskViews {

    private final BackofficePages pages;
    private final Clock clock;

    DeskViews(BackofficePages pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    /** The staff page frame titled by {@code titleKey} (with {@code args}). */
    public BackofficePage frame(HttpServletRequest request, String titleKey, Object... args) {
        return pages.of(request, titleKey, args);
    }

    /** The ticket as saved, with the saved notice when {@code saved} (the redirect's {@code ?saved}). */
    public DeskView saved(BackofficePage frame, DeskRecord<?> desk, LocalDate today, boolean saved) {
        return view(
                frame,
                desk,
                today,
                saved ? frame.t().get("tickets.admin.saved") : null,
                new Refusal(List.of(), Map.of()));
    }

    /** The ticket after a refused form: the problems at their fields and what was typed. */
    public DeskView refused(BackofficePage frame, DeskRecord<?> desk, LocalDate today, Refusal refusal) {
        return view(frame, desk, today, null, refusal);
    }

    /** How long a ticket has been open, in days and hours, in the page's language. */
    public String age(Instant createdAt, Messages t) {
        return DeskForms.age(createdAt, clock.instant(), t);
    }

    private DeskView view(BackofficePage frame, DeskRecord<?> desk, LocalDate today, String notice, Refusal refusal) {
        return new DeskView(
                desk.isOverdue(today),
                age(desk.createdAt(), frame.t()),
                notice,
                FormErrors.of(refusal.problems(), frame.t()),
                refusal.typed());
    }
}
