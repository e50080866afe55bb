package com.masthead.edition;

import com.masthead.shared.AuditedEvent;
import java.time.Instant;

/**
 * A prepared issue went live: at once by an editor ({@code actor} their name) or at its go-live time by the
 * scheduler ({@code actor} {@code system}). Readers see it from {@code at}.
 */
public record IssuePublished(long issueId, long newspaperId, Instant at, String actor) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "issue.published";
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
        return "live at " + at;
    }
}
