package com.masthead.audit.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The audit trail is for administrators only. Only reads exist; any other method on these paths falls to the
 * catch-all (ADMIN) and then finds no handler (405), so nothing can write through them.
 */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/**")
                .hasRole(StaffRole.ADMIN.name());
    }
}
