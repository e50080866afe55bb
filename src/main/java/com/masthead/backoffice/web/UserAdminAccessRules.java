package com.masthead.backoffice.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Staff accounts are managed by administrators (API tokens: see the staff module's rules). */
@Component
class UserAdminAccessRules implements AccessRules {

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/users", "/admin/users/**").hasRole(StaffRole.ADMIN.name());
    }
}
