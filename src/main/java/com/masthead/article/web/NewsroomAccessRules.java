package com.masthead.article.web;

import com.masthead.article.PublishingRights;
import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open the newsroom's pages. The page rules let every newsroom role in; which article a person may
 * change, and which level they may sign, is decided by the workflow rules on the article itself (a reporter may
 * open the review screen of their own article but gets 403 when trying to approve it). Publishing, scheduling
 * and taking down (pages and API) are refused here early with the roles of {@link PublishingRights}, the rule the
 * article applies itself.
 */
@Component
class NewsroomAccessRules implements AccessRules {

    private static final String[] REVIEWERS = {
        StaffRole.EDITOR.name(), StaffRole.SECTION_CHIEF.name(), StaffRole.EDITOR_IN_CHIEF.name()
    };

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/articles/*/publish", "/api/v1/articles/*/unpublish")
                .hasAnyRole(StaffRole.names(PublishingRights.TOKENS));
    }

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/admin/articles/*/approve", "/admin/articles/*/send-back")
                .hasAnyRole(REVIEWERS)
                .requestMatchers(
                        HttpMethod.POST,
                        "/admin/articles/*/publish",
                        "/admin/articles/*/schedule",
                        "/admin/articles/*/cancel-schedule",
                        "/admin/articles/*/unpublish")
                .hasRole(PublishingRights.PERSON.name())
                .requestMatchers("/admin/articles", "/admin/articles/**")
                .hasAnyRole(StaffRole.names(StaffRole.WRITERS));
    }
}
