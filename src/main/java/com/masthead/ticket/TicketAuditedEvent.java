package com.masthead.ticket;

import com.masthead.shared.AuditedEvent;

/** A staff act on a ticket, audited as {@code <kind>:<number>} by its {@code actor}. */
public interface TicketAuditedEvent extends AuditedEvent {

    /** {@code correction} or {@code reprint}. */
    String kind();

    String ticketNumber();

    String actor();

    @Override
    default String auditActor() {
        return actor();
    }

    @Override
    default String auditSubject() {
        return kind() + ":" + ticketNumber();
    }
}
