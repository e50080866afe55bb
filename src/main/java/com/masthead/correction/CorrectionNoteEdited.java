package com.masthead.correction;

import com.masthead.shared.AuditedEvent;

/** The not yet public correction note of an accepted request was rewritten by {@code actor}. */
public record CorrectionNoteEdited(long ticketId, String ticketNumber, long articleId, String note, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "correction.note-edited";
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
