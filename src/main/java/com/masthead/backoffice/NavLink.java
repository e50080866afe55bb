package com.masthead.backoffice;

import com.masthead.staff.StaffMember;
import com.masthead.staff.StaffRole;
import java.util.Set;

/**
 * One entry of the staff navigation: a message key, the path, the roles that see it (empty means every staff
 * member) and a sort position.
 */
public record NavLink(String labelKey, String path, Set<StaffRole> roles, int order) {

    public NavLink {
        roles = Set.copyOf(roles);
    }

    boolean visibleTo(StaffMember member) {
        return roles.isEmpty() || roles.stream().anyMatch(member::has);
    }
}
