package com.masthead.backup.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Backups hold every account's password hash and readers' attachments: administrators only. */
@Component
class BackupAccessRules implements AccessRules {

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(BackupAdminController.PATH, BackupAdminController.PATH + "/**")
                .hasRole(StaffRole.ADMIN.name());
    }
}
