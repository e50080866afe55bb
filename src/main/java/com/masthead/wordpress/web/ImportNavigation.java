package com.masthead.wordpress.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The WordPress import in the staff navigation, for administrators. */
@Component
class ImportNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("wordpress.nav", ImportAdminController.PATH, Set.of(StaffRole.ADMIN), 96));
    }
}
