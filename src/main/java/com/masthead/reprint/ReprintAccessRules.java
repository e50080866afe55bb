package com.masthead.reprint;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Reprint requests carry outlets' contact details: only the roles that handle tickets, reading
 * included, in the API and the staff UI. */
@Component
class ReprintAccessRules implements AccessRules {

    private static final String[] HANDLERS = {
        StaffRole.MODERATOR.name(),
        StaffRole.EDITOR.name(),
        StaffRole.SECTION_CHIEF.name(),
        StaffRole.EDITOR_IN_CHIEF.name(),
        StaffRole.ADMIN.name()
    };

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/reprints", "/api/v1/reprints/**").hasAnyRole(HANDLERS);
    }

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/reprints", "/admin/reprints/**").hasAnyRole(HANDLERS);
    }
}
