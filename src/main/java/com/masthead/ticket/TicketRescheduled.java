package com.masthead.ticket;

import java.time.LocalDate;

/** A ticket of {@code kind} ({@code correction}, {@code reprint}) got another due date from {@code actor}. */
public record TicketRescheduled(String kind, long ticketId, String ticketNumber, LocalDate dueDate, String actor)
        implements TicketAuditedEvent {

    @Override
    public String auditAction() {
        return kind + ".rescheduled";
    }

    @Override
    public String auditDetail() {
        return "due=" + dueDate;
    }
}
