package com.masthead.wordpress.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Importing a whole site creates channels and publishes articles: an administrator's work, page and progress. */
@Component
class ImportAccessRules implements AccessRules {

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(ImportAdminController.PATH, ImportAdminController.PATH + "/**")
                .hasRole(StaffRole.ADMIN.name());
    }
}
