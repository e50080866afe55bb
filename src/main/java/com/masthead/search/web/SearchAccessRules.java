package com.masthead.search.web;

import com.masthead.staff.AccessRules;
import com.masthead.staff.StaffRole;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Staff search is for the people who write and edit articles, as the article list is; the dictionary, rebuild and
 * check pages are for administrators. (The search API's rules are the API chain's catch-alls: any token reads, ADMIN
 * changes.)
 */
@Component
class SearchAccessRules implements AccessRules {

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
