package com.masthead.staff.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Tokens are for administrators only, reading included: the list shows who may reach the API and as whom. */
@Component
class ApiTokenAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(ApiTokenApiController.PATH, ApiTokenApiController.PATH + "/**")
                .hasRole(StaffRole.ADMIN.name());
    }

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/tokens", "/admin/tokens/**").hasRole(StaffRole.ADMIN.name());
    }
}
