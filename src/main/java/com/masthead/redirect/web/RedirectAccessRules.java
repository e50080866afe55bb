package com.masthead.redirect.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The list of old addresses is an administrator's, like the imports that record them. */
@Component
class RedirectAccessRules implements AccessRules {

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(RedirectAdminController.PATH, RedirectAdminController.PATH + "/**")
                .hasRole(StaffRole.ADMIN.name());
    }
}
