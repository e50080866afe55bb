package com.masthead.correction;

import com.masthead.shared.AuditedEvent;

/** A correction request was given to an editor ({@code assignee}, a staff login) by {@code actor}. */
public record CorrectionAssigned(long ticketId, String ticketNumber, String assignee, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "correction.assigned";
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
        return "assignee=" + assignee;
    }
}
