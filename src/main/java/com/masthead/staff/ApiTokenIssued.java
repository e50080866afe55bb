package com.masthead.staff;

import com.masthead.shared.AuditedEvent;
import java.time.Instant;

/** A token was issued (audited as {@code api-token.issued}); carries no secret. */
public record ApiTokenIssued(long tokenId, String name, StaffRole role, String owner, Instant expiresAt, String actor)
        implements AuditedEvent {

    @Override
    public String auditAction() {
        return "api-token.issued";
    }

    @Override
    public String auditActor() {
        return actor;
    }

    @Override
    public String auditSubject() {
        return "api-token:" + tokenId;
    }

    @Override
    public String auditDetail() {
        return name + " role=" + role + " owner=" + (owner == null ? "-" : owner) + " expires=" + expiresAt;
    }
}
