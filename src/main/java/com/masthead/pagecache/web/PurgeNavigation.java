package com.masthead.pagecache.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The purge queue in the staff navigation, for administrators. */
@Component
class PurgeNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("structure.nav.purges", PurgeAdminController.PATH, Set.of(StaffRole.ADMIN), 93));
    }
}
