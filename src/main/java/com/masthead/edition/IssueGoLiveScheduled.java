package com.masthead.edition;

import com.masthead.shared.AuditedEvent;
import java.time.Instant;

/** A prepared issue will go live at {@code at} (in the future when scheduled). */
public record IssueGoLiveScheduled(long issueId, long newspaperId, Instant at, String actor) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "issue.go-live-scheduled";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "issue:" + issueId;
    }

    @Override
    public String auditDetail() {
        return "at " + at;
    }
}
