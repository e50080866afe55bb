package com.masthead.ticket;

/**
 * A ticket of {@code kind} ({@code correction}, {@code reprint}) was given to an editor ({@code assignee}, a staff
 * login) by {@code actor}.
 */
public record TicketAssigned(String kind, long ticketId, String ticketNumber, String assignee, String actor)
        implements TicketAuditedEvent {

    @Override
    public String auditAction() {
        return kind + ".assigned";
    }

    @Override
    public String auditDetail() {
        return "assignee=" + assignee;
    }
}
