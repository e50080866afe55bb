package com.masthead.comment;

import com.masthead.shared.AuditedEvent;
import java.time.Instant;

/** A moderator banned a client address or fingerprint from commenting until {@code until}. */
public record ClientBanned(long banId, BanKind kind, Instant until, String reason, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "comment.client-banned";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "comment-ban:" + banId;
    }

    @Override
    public String auditDetail() {
        return kind + " until " + until + (reason.isEmpty() ? "" : ": " + reason);
    }
}
