package com.masthead.pagecache.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The purge queue is operations: administrators only, reading included. */
@Component
class PurgeAccessRules implements AccessRules {

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(PurgeAdminController.PATH, PurgeAdminController.PATH + "/**")
                .hasRole(StaffRole.ADMIN.name());
    }
}
