package com.masthead.correction;

import com.masthead.shared.AuditedEvent;

/** The desk declined a correction request with a reason (sent to the reader). */
public record CorrectionDeclined(long ticketId, String ticketNumber, long articleId, String reason, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "correction.declined";
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
        return reason;
    }
}
