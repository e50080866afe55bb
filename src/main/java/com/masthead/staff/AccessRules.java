package com.masthead.staff;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own authorization rules, contributed as a bean so that each feature declares who may call its
 * endpoints next to the endpoints themselves. The security configuration applies every module's rules before its
 * catch-all rules (any other {@code GET /api/v1/**} needs a token, any other {@code /api/v1/**} request needs
 * ADMIN, any other {@code /admin/**} page needs a staff login), so a path no rule names stays closed.
 *
 * <p>Rules must be specific (name the method and the path pattern) because the first matching rule wins across
 * all modules. Use {@link StaffRole#name()} with {@code hasAnyRole}.
 */
public interface AccessRules {

    /** Rules for the stateless token API under {@code /api/v1/**}. */
    default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {}

    /** Rules for the staff pages under {@code /admin/**} (session login). */
    default void admin(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {}
}
