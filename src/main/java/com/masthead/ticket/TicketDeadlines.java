package com.masthead.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** How long a ticket has waited and whether it is past its due date. */
public final class TicketDeadlines {

    private TicketDeadlines() {}

    /** Overdue: still open and today (site time zone) is after the due date. */
    public static boolean overdue(boolean open, LocalDate dueDate, LocalDate today) {
        return open && dueDate != null && today.isAfter(dueDate);
    }

    /** Whole hours since the ticket arrived, never negative. */
    public static long ageHours(Instant createdAt, Instant now) {
        return Math.max(0, Duration.between(createdAt, now).toHours());
    }
}
