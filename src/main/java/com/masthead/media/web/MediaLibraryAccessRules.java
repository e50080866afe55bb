package com.masthead.media.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The media library is open to every staff role except moderators, who handle reader comments only. */
@Component
class MediaLibraryAccessRules implements AccessRules {

    static final Set<StaffRole> ROLES = Set.of(
            StaffRole.REPORTER, StaffRole.EDITOR, StaffRole.SECTION_CHIEF, StaffRole.EDITOR_IN_CHIEF, StaffRole.ADMIN);

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/media", "/admin/media/**")
                .hasAnyRole(ROLES.stream().map(StaffRole::name).toArray(String[]::new));
    }
}
