package com.masthead.staff;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting: a person logged in to the editors' UI, or an API token ({@code login} is then {@code api:<token
 * name>}). Workflow rules take this rather than a security principal so they can be unit-tested.
 *
 * <p>{@code account} is the staff account the actor works for: a person's own login, a token's owner. Articles
 * written by that account (or by the token itself) are the actor's own, and {@code channelIds} are that account's
 * channel limits (empty: every channel).
 *
 * <p>Serializable: a logged-in person's member is part of the security context that Spring Session stores in the
 * database (a record is read back through its canonical constructor, so adding a component stays compatible).
 */
public record StaffMember(String login, String realName, Set<StaffRole> roles, Set<Long> channelIds, String account)
        implements Serializable {

    public StaffMember {
        roles = Set.copyOf(roles);
        channelIds = Set.copyOf(channelIds);
        account = account == null ? login : account;
    }

    /** A person: the account is their own login. */
    public StaffMember(String login, String realName, Set<StaffRole> roles, Set<Long> channelIds) {
        this(login, realName, roles, channelIds, login);
    }

    /** A token acts with its own role, for its owner: the owner's channel limits and articles. */
    public static StaffMember ofToken(ApiPrincipal token) {
        String login = "api:" + token.name();
        return new StaffMember(
                login,
                token.name(),
                Set.of(token.role()),
                token.channelIds(),
                token.owner() == null ? login : token.owner());
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

    /** Whether an article written by {@code authorLogin} is this actor's own (written by it or by its account). */
    public boolean owns(String authorLogin) {
        return authorLogin != null && (authorLogin.equals(login) || authorLogin.equals(account));
    }

    public boolean isSystem() {
        return "system".equals(login) && roles.isEmpty();
    }

    public boolean isApiToken() {
        return login.startsWith("api:");
    }
}
