package com.masthead.structure.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The structure screens in the staff navigation, shown to the roles that may open them (orders 50–90). */
@Component
class StructureNavigation implements BackofficeNavigation {

    private static final Set<StaffRole> ADMIN = Set.of(StaffRole.ADMIN);

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink("structure.nav.media", "/admin/media", Set.of(StructureAccessRules.MEDIA_ROLES), 50),
                new NavLink("structure.nav.channels", "/admin/channels", ADMIN, 60),
                new NavLink("structure.nav.newspapers", "/admin/newspapers", ADMIN, 65),
                new NavLink("structure.nav.series", "/admin/series", Set.of(StructureAccessRules.SERIES_ROLES), 70),
                new NavLink("structure.nav.users", "/admin/users", ADMIN, 80),
                new NavLink("structure.nav.tokens", "/admin/tokens", ADMIN, 85),
                new NavLink("structure.nav.settings", "/admin/settings", ADMIN, 90));
    }
}
