package com.masthead.staff;

import java.time.Instant;

/**
 * A token as administrators see it: never its secret, only the first characters ({@code prefix}) to recognise it.
 * {@code owner} is null for tokens issued before tokens had owners.
 */
public record ApiToken(
        long id,
        String name,
        String prefix,
        StaffRole role,
        String owner,
        String issuedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy) {

    /** Whether a request with this token would be let in at {@code now} (the owner's account aside). */
    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt != null && expiresAt.isAfter(now);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
