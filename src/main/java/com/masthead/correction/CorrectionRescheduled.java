package com.masthead.correction;

import com.masthead.shared.AuditedEvent;
import java.time.LocalDate;

/** A correction request's due date was changed by {@code actor}. */
public record CorrectionRescheduled(long ticketId, String ticketNumber, LocalDate dueDate, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "correction.rescheduled";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "correction:" + ticketNumber;
    }

    @Override
    public String auditDetail() {
        return "due=" + dueDate;
    }
}
