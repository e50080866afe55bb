package com.masthead.staff;

import java.util.Set;

/**
 * Who is acting: a person logged in to the editors' UI, or an API token acting as a system ({@code login} is then
 * {@code api:<token name>}). Workflow rules take this rather than a security principal so they can be unit-tested.
 */
public record StaffMember(String login, String realName, Set<StaffRole> roles, Set<Long> channelIds) {

    public StaffMember {
        roles = Set.copyOf(roles);
        channelIds = Set.copyOf(channelIds);
    }

    public static StaffMember ofToken(ApiPrincipal token) {
        return new StaffMember("api:" + token.name(), token.name(), Set.of(token.role()), Set.of());
    }

    /** Scheduled jobs and start-up catch-up. */
    public static StaffMember system() {
        return new StaffMember("system", "system", Set.of(), Set.of());
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    public boolean hasAny(StaffRole... wanted) {
        for (StaffRole role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSystem() {
        return "system".equals(login) && roles.isEmpty();
    }

    public boolean isApiToken() {
        return login.startsWith("api:");
    }
}
