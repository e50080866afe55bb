package com.masthead.edition.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The newspapers screen in the staff navigation, for administrators. */
@Component
class EditionNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("structure.nav.newspapers", "/admin/newspapers", Set.of(StaffRole.ADMIN), 65));
    }
}
