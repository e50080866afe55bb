package com.masthead.backoffice.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The accounts and API-token screens in the staff navigation, for administrators. */
@Component
class UserAdminNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink("structure.nav.users", "/admin/users", Set.of(StaffRole.ADMIN), 80),
                new NavLink("structure.nav.tokens", "/admin/tokens", Set.of(StaffRole.ADMIN), 85));
    }
}
