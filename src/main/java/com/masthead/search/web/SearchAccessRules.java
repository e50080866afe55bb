package com.masthead.search.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Staff search is for the people who write and edit articles, as the article list is; the dictionary, rebuild and
 * check pages are for administrators. The API follows the pages: the consistency check (a full scan of the index and
 * the article table) is ADMIN-only like its page; other search reads take any token, changes need ADMIN (the API
 * chain's catch-alls).
 */
@Component
class SearchAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/search/check").hasRole(StaffRole.ADMIN.name());
    }

    @Override
    public void admin(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        DictionaryAdminController.PATH,
                        DictionaryAdminController.PATH + "/**",
                        DictionaryAdminController.REBUILD,
                        DictionaryAdminController.CHECK)
                .hasRole(StaffRole.ADMIN.name())
                .requestMatchers(StaffSearchController.PATH)
                .hasAnyRole(StaffRole.names(StaffRole.WRITERS));
    }
}
