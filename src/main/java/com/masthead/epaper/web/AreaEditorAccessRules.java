package com.masthead.epaper.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The areas (热区) and print order of pages are kept by the desk: editors, section chiefs, editors-in-chief and
 * administrators, in the area editor and through the API. Reporters and moderators have no part in it.
 */
@Component
class AreaEditorAccessRules implements AccessRules {

    static final String[] DESK = {
        StaffRole.EDITOR.name(),
        StaffRole.SECTION_CHIEF.name(),
        StaffRole.EDITOR_IN_CHIEF.name(),
        StaffRole.ADMIN.name()
    };

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        "/api/v1/pages/*/areas",
                        "/api/v1/pages/*/areas/accept",
                        "/api/v1/areas/*",
                        "/api/v1/pages/*/placements")
                .hasAnyRole(DESK);
    }

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        "/admin/pages/*/areas",
                        "/admin/pages/*/areas/**",
                        "/admin/pages/*/placements",
                        "/admin/areas/**")
                .hasAnyRole(DESK);
    }
}
