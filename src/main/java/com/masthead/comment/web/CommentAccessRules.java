package com.masthead.comment.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Moderation (the queue, approve, reject, bans, reading channel rules), in the API and in the staff UI, is for
 * moderators and editors of every level; setting a channel's moderation mode is for admins.
 */
@Component
class CommentAccessRules implements AccessRules {

    static final String[] MODERATORS = {
        StaffRole.MODERATOR.name(),
        StaffRole.EDITOR.name(),
        StaffRole.SECTION_CHIEF.name(),
        StaffRole.EDITOR_IN_CHIEF.name(),
        StaffRole.ADMIN.name()
    };

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/comments/channels/*")
                .hasRole(StaffRole.ADMIN.name())
                .requestMatchers("/api/v1/comments", "/api/v1/comments/**")
                .hasAnyRole(MODERATORS);
    }

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(CommentAdminController.PATH, CommentAdminController.PATH + "/**")
                .hasAnyRole(MODERATORS);
    }
}
