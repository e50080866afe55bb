package com.masthead.newsstandards.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import java.util.EnumSet;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may deliver wire items: the roles that may create articles through the API (a wire item becomes a draft
 * like any other), not a moderator. The reading endpoints ({@code /ninjs}, {@code /newsml}) fall under the
 * catch-all rule: any valid token may {@code GET}.
 */
@Component
class WireAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        EnumSet<StaffRole> writers = EnumSet.copyOf(StaffRole.WRITERS);
        writers.add(StaffRole.ADMIN);
        rules.requestMatchers(HttpMethod.POST, "/api/v1/wire").hasAnyRole(StaffRole.names(writers));
    }
}
