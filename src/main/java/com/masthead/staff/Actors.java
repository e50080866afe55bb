package com.masthead.staff;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, as the audit trail names them: {@code api:<token name>} or the staff login name. */
public final class Actors {

    private Actors() {}

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "anonymous";
        }
        if (authentication.getPrincipal() instanceof ApiPrincipal api) {
            return "api:" + api.name();
        }
        return authentication.getName();
    }
}
