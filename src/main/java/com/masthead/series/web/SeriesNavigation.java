package com.masthead.series.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import java.util.List;
import org.springframework.stereotype.Component;

/** The series screen in the staff navigation, for the roles that may open it. */
@Component
class SeriesNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("structure.nav.series", "/admin/series", SeriesAccessRules.ROLES, 70));
    }
}
