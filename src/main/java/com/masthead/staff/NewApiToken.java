package com.masthead.staff;

import java.time.Instant;

/**
 * What an administrator asks for when issuing a token. {@code owner} is the login of the staff account the token
 * acts for (its channel limits apply, its articles count as the token's own); null means the first active
 * administrator. {@code expiresAt} null means the configured default validity from now.
 */
public record NewApiToken(String name, StaffRole role, String owner, Instant expiresAt) {}
