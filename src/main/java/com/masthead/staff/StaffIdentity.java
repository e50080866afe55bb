package com.masthead.staff;

import java.util.Set;

/** Who an account is for, without a password: for accounts whose password the system generates. */
public record StaffIdentity(String login, String realName, String email, Set<StaffRole> roles) {

    public StaffIdentity {
        roles = Set.copyOf(roles);
    }
}
