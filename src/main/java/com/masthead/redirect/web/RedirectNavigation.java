package com.masthead.redirect.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The old addresses in the staff navigation, for administrators. */
@Component
class RedirectNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("redirect.nav", RedirectAdminController.PATH, Set.of(StaffRole.ADMIN), 97));
    }
}
