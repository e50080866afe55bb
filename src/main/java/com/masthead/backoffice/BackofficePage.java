package com.masthead.backoffice;

import com.masthead.shared.Messages;
import com.masthead.staff.StaffMember;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the staff page frame ({@code admin/layout.jte}) needs: messages in the user's language, the user (null on
 * the login page), the navigation this user may see, the CSRF token for forms, the page title and asset URLs.
 */
public record BackofficePage(
        Messages t,
        StaffMember user,
        List<NavLink> navigation,
        CsrfToken csrf,
        String title,
        String stylesheetUrl,
        String scriptUrl,
        String htmxUrl,
        String currentPath,
        String switchLanguageUrl) {

    public boolean isCurrent(NavLink link) {
        return currentPath.equals(link.path())
                || (!"/admin/".equals(link.path()) && currentPath.startsWith(link.path()));
    }
}
