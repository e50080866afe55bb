package com.masthead.archive.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The export page in the staff navigation, for administrators. */
@Component
class ArchiveNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("archive.nav", ArchiveAdminController.PATH, Set.of(StaffRole.ADMIN), 94));
    }
}
