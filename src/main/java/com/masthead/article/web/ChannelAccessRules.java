package com.masthead.article.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The channel tree (with each channel's review levels) is set up by administrators. */
@Component
class ChannelAccessRules implements AccessRules {

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/channels", "/admin/channels/**").hasRole(StaffRole.ADMIN.name());
    }
}
