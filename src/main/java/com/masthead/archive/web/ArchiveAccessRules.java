package com.masthead.archive.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** An archive holds everything, password hashes included: only administrators export and download it. */
@Component
class ArchiveAccessRules implements AccessRules {

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(ArchiveAdminController.PATH, ArchiveAdminController.PATH + "/**")
                .hasRole(StaffRole.ADMIN.name());
    }
}
