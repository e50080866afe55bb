package com.masthead.correction;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Correction requests carry readers' contact details: only the roles that handle tickets may read or change
 * them (reading and attachment downloads included, in the API and the staff UI), never a reporter.
 */
@Component
class CorrectionAccessRules implements AccessRules {

    static final String[] HANDLERS = {
        StaffRole.MODERATOR.name(),
        StaffRole.EDITOR.name(),
        StaffRole.SECTION_CHIEF.name(),
        StaffRole.EDITOR_IN_CHIEF.name(),
        StaffRole.ADMIN.name()
    };

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/corrections", "/api/v1/corrections/**").hasAnyRole(HANDLERS);
    }

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/corrections", "/admin/corrections/**").hasAnyRole(HANDLERS);
    }
}
