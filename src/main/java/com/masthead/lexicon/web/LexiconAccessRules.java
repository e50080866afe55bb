package com.masthead.lexicon.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The lexicon is for admins only, reading included (a list of sensitive words is itself sensitive). Screening a
 * text against it is open to the staff who review comments and articles.
 */
@Component
class LexiconAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/lexicon/screen")
                .hasAnyRole(
                        StaffRole.MODERATOR.name(),
                        StaffRole.EDITOR.name(),
                        StaffRole.SECTION_CHIEF.name(),
                        StaffRole.EDITOR_IN_CHIEF.name(),
                        StaffRole.ADMIN.name())
                .requestMatchers("/api/v1/lexicon", "/api/v1/lexicon/**")
                .hasRole(StaffRole.ADMIN.name());
    }
}
