package com.masthead.article.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The newsroom's entries in the staff navigation. */
@Component
class NewsroomNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink("newsroom.nav.dashboard", "/admin/", Set.of(), 10),
                new NavLink("newsroom.nav.articles", "/admin/articles", StaffRole.WRITERS, 20),
                new NavLink("newsroom.nav.new-article", "/admin/articles/new", StaffRole.WRITERS, 30));
    }
}
