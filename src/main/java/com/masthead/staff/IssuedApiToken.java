package com.masthead.staff;

/**
 * A freshly created token. {@code secret} is the only copy of the token in clear text: it is shown once and
 * never stored (the database keeps its SHA-256 hash).
 */
public record IssuedApiToken(long id, String name, StaffRole role, String secret) {}
