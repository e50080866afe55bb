package com.masthead.staff;

import java.util.Set;

/**
 * The caller behind a valid API token: the token's id and name (for audit), its role, and the staff account it acts
 * for: {@code owner} (null for tokens issued before tokens had owners) and that account's channel limits (empty:
 * every channel).
 */
public record ApiPrincipal(long tokenId, String name, StaffRole role, String owner, Set<Long> channelIds) {

    public ApiPrincipal {
        channelIds = Set.copyOf(channelIds);
    }
}
