package com.masthead.search.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Staff search beside the article list, and the dictionary for administrators. */
@Component
class SearchNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink("search.nav.search", StaffSearchController.PATH, StaffRole.WRITERS, 25),
                new NavLink("search.nav.dictionary", DictionaryAdminController.PATH, Set.of(StaffRole.ADMIN), 92));
    }
}
