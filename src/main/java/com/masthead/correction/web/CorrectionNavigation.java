package com.masthead.correction.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The correction queue in the staff navigation, for the roles that handle tickets. */
@Component
class CorrectionNavigation implements BackofficeNavigation {

    static final Set<StaffRole> HANDLERS = Set.of(
            StaffRole.MODERATOR, StaffRole.EDITOR, StaffRole.SECTION_CHIEF, StaffRole.EDITOR_IN_CHIEF, StaffRole.ADMIN);

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("tickets.admin.nav.corrections", CorrectionAdminController.PATH, HANDLERS, 40));
    }
}
