package com.masthead.staff;

import java.time.Instant;

/**
 * A freshly created token. {@code secret} is the only copy of the token in clear text: it is shown once and
 * never stored (the database keeps its SHA-256 hash). {@code owner} is null only when no administrator existed to
 * own an installation token.
 */
public record IssuedApiToken(long id, String name, StaffRole role, String secret, String owner, Instant expiresAt) {}
