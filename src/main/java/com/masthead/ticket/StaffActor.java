package com.masthead.ticket;

import com.masthead.staff.ApiPrincipal;
import org.springframework.security.core.Authentication;

/** Names the staff member behind a request the way the audit log expects: a login, or {@code api:<token name>}. */
public final class StaffActor {

    private StaffActor() {}

    public static String of(Authentication authentication) {
        if (authentication == null) {
            return "system";
        }
        if (authentication.getPrincipal() instanceof ApiPrincipal token) {
            return "api:" + token.name();
        }
        return authentication.getName();
    }
}
