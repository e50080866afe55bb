package com.masthead.article.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The channels screen in the staff navigation, for administrators. */
@Component
class ChannelNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("structure.nav.channels", "/admin/channels", Set.of(StaffRole.ADMIN), 60));
    }
}
