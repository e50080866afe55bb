package com.masthead.settings.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The settings screen in the staff navigation, for administrators. */
@Component
class SettingsNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("structure.nav.settings", "/admin/settings", Set.of(StaffRole.ADMIN), 90));
    }
}
