package com.masthead.audit.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The audit trail in the staff navigation, for administrators. */
@Component
class AuditNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("audit.nav", AuditAdminController.PATH, Set.of(StaffRole.ADMIN), 95));
    }
}
