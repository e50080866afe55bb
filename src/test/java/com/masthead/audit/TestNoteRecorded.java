package com.masthead.audit;

import com.masthead.shared.AuditedEvent;

/** A test-only audited event, published like any module's event. */
record TestNoteRecorded(String actor, String subject, String detail) implements AuditedEvent {

    static final String ACTION = "test.note-recorded";

    @Override
    public String auditAction() {
        return ACTION;
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return subject;
    }

    @Override
    public String auditDetail() {
        return detail;
    }
}
