package com.masthead.staff;

import com.masthead.shared.AuditedEvent;

/** A token was revoked (audited as {@code api-token.revoked}); it is refused from the next request on. */
public record ApiTokenRevoked(long tokenId, String name, String actor) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "api-token.revoked";
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
        return name;
    }
}
