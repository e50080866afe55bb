package com.masthead.reprint;

import com.masthead.shared.AuditedEvent;

/** The desk declined a reprint-licence request with a reason (sent to the outlet). */
public record ReprintDeclined(long ticketId, String ticketNumber, String reason, String actor) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "reprint.declined";
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
        return reason;
    }
}
