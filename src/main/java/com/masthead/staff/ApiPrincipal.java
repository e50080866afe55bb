package com.masthead.staff;

/** The caller behind a valid API token: the token's id and name (for audit) and its role. */
public record ApiPrincipal(long tokenId, String name, StaffRole role) {}
