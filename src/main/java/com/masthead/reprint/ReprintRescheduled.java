package com.masthead.reprint;

import com.masthead.shared.AuditedEvent;
import java.time.LocalDate;

/** A reprint-licence request's due date was changed by {@code actor}. */
public record ReprintRescheduled(long ticketId, String ticketNumber, LocalDate dueDate, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "reprint.rescheduled";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "reprint:" + ticketNumber;
    }

    @Override
    public String auditDetail() {
        return "due=" + dueDate;
    }
}
