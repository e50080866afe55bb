package com.masthead.backup.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The backups page in the administrators' navigation. */
@Component
class BackupNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("backup.nav", BackupAdminController.PATH, Set.of(StaffRole.ADMIN), 94));
    }
}
