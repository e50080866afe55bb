package com.masthead.epaper.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * PDFs are taken in by those who set up issues and pages (administrators, as in {@code edition}): the upload form
 * and the progress pages. The API's upload is an administrator's by the catch-all rule for API writes; reading an
 * intake's progress needs any staff token.
 */
@Component
class IntakeAccessRules implements AccessRules {

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/issues/*/pdf", "/admin/epaper/intakes/**").hasRole(StaffRole.ADMIN.name());
    }
}
