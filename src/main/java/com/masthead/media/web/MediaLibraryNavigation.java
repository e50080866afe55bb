package com.masthead.media.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import java.util.List;
import org.springframework.stereotype.Component;

/** The media library in the staff navigation, for the roles that may open it. */
@Component
class MediaLibraryNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("structure.nav.media", "/admin/media", MediaLibraryAccessRules.ROLES, 50));
    }
}
