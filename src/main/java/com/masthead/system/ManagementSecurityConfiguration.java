package com.masthead.system;

import com.masthead.staff.ApiTokens;
import com.masthead.staff.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The actuator on the application port: health and its probes ({@code /actuator/health/liveness},
 * {@code /readiness}) are open to orchestrators; everything else (metrics, info) lists the site's endpoints and
 * their error counts, so it needs an administrator's API token ({@code Authorization: Bearer …}). Stateless, no
 * cookies, no CSRF; 401 and 403 are problem documents like the API's.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http, ApiTokens tokens, ProblemAuthenticationEntryPoint problems)
            throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(StaffRole.ADMIN.name()));
        return http.build();
    }
}
