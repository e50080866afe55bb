package com.masthead.search;

import com.masthead.shared.AuditedEvent;
import java.util.Set;

/**
 * The newsroom dictionary now holds {@code terms}; the index is rebuilt with them in the background. Recorded in the
 * audit trail.
 *
 * @param action {@code search.term-added} or {@code search.term-removed}
 */
public record NewsroomDictionaryChanged(Set<String> terms, String action, String actor, String subject, String detail)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return action;
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
