package com.masthead.reprint;

import com.masthead.shared.AuditedEvent;

/** A reprint-licence request was given to a staff member ({@code assignee}, a login) by {@code actor}. */
public record ReprintAssigned(long ticketId, String ticketNumber, String assignee, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "reprint.assigned";
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
        return "assignee=" + assignee;
    }
}
