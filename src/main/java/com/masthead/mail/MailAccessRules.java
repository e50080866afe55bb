package com.masthead.mail;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The outbox holds readers' addresses and messages: administrators only, reading included. */
@Component
class MailAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/mail/**").hasRole(StaffRole.ADMIN.name());
    }
}
