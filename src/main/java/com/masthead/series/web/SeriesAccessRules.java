package com.masthead.series.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Series are kept by the desk (editors, section chiefs, editors-in-chief) and administrators. */
@Component
class SeriesAccessRules implements AccessRules {

    static final Set<StaffRole> ROLES =
            Set.of(StaffRole.EDITOR, StaffRole.SECTION_CHIEF, StaffRole.EDITOR_IN_CHIEF, StaffRole.ADMIN);

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/series", "/admin/series/**")
                .hasAnyRole(ROLES.stream().map(StaffRole::name).toArray(String[]::new));
    }
}
