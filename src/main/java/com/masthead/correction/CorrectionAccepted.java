package com.masthead.correction;

import com.masthead.shared.AuditedEvent;

/**
 * The desk accepted a correction request: the article workflow opens a working copy of article {@code articleId}
 * for the correction. {@code summary} is the change to make as staff wrote it (the draft correction note), never
 * blank; {@code actor} the staff member or token that accepted.
 */
public record CorrectionAccepted(long ticketId, String ticketNumber, long articleId, String summary, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "correction.accepted";
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
        return "article=" + articleId;
    }
}
