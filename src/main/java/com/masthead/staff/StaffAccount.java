package com.masthead.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A newsroom account as stored: the real name is what readers see as 责任编辑. {@code channelIds} limits the
 * channels the account may review in (empty means all). Never carries the password hash.
 */
public record StaffAccount(
        long id,
        String login,
        String realName,
        String email,
        Set<StaffRole> roles,
        Set<Long> channelIds,
        boolean active,
        Instant createdAt,
        Instant passwordChangedAt,
        int version) {

    public StaffAccount {
        roles = Set.copyOf(roles);
        channelIds = Set.copyOf(channelIds);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** The acting person as the workflow sees it. */
    public StaffMember asMember() {
        return new StaffMember(login, realName, roles, channelIds);
    }
}
