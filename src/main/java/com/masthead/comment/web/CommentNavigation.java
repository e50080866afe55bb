package com.masthead.comment.web;

import com.masthead.backoffice.BackofficeNavigation;
import com.masthead.backoffice.NavLink;
import com.masthead.staff.StaffRole;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The comment queue in the staff navigation, for moderators and editors. */
@Component
class CommentNavigation implements BackofficeNavigation {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink(
                "comments.admin.nav",
                CommentAdminController.PATH,
                Set.of(
                        StaffRole.MODERATOR,
                        StaffRole.EDITOR,
                        StaffRole.SECTION_CHIEF,
                        StaffRole.EDITOR_IN_CHIEF,
                        StaffRole.ADMIN),
                60));
    }
}
