package com.masthead.structure.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open the structure screens: accounts, channels, newspapers and settings are for administrators; series
 * for the desk (editors, section chiefs, editors-in-chief) and administrators; the media library for every staff
 * role except moderators, who handle reader comments only.
 */
@Component
class StructureAccessRules implements AccessRules {

    static final StaffRole[] SERIES_ROLES = {
        StaffRole.EDITOR, StaffRole.SECTION_CHIEF, StaffRole.EDITOR_IN_CHIEF, StaffRole.ADMIN
    };

    static final StaffRole[] MEDIA_ROLES = {
        StaffRole.REPORTER, StaffRole.EDITOR, StaffRole.SECTION_CHIEF, StaffRole.EDITOR_IN_CHIEF, StaffRole.ADMIN
    };

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String admin = StaffRole.ADMIN.name();
        rules.requestMatchers(
                        "/admin/users",
                        "/admin/users/**",
                        "/admin/channels",
                        "/admin/channels/**",
                        "/admin/newspapers",
                        "/admin/newspapers/**",
                        "/admin/settings",
                        "/admin/settings/**")
                .hasRole(admin)
                .requestMatchers("/admin/series", "/admin/series/**")
                .hasAnyRole(names(SERIES_ROLES))
                .requestMatchers("/admin/media", "/admin/media/**")
                .hasAnyRole(names(MEDIA_ROLES));
    }

    private static String[] names(StaffRole[] roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
