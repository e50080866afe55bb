package com.masthead.audit.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The audit trail is for administrators only, in the API and in the staff UI. Only reads exist: any other method
 * on the API paths falls to the catch-all (ADMIN) and then finds no handler (405); the staff pages have GET
 * handlers only.
 */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/**")
                .hasRole(StaffRole.ADMIN.name());
    }

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(AuditAdminController.PATH, AuditAdminController.PATH + "/**")
                .hasRole(StaffRole.ADMIN.name());
    }
}
