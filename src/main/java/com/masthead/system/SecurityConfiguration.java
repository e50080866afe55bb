package com.masthead.system;

import com.masthead.staff.AccessRules;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.StaffLoginDetails;
import com.masthead.staff.StaffLoginSuccess;
import com.masthead.staff.StaffRole;
import com.masthead.staff.StaffSessions;
import com.masthead.staff.ThrottledAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains. The API chain ({@code /api/**}) is stateless, authenticated by bearer tokens only, and
 * needs no CSRF token because it never reads a cookie. The staff chain ({@code /admin/**}, {@code /login},
 * {@code /logout}) uses password logins and sessions. The site chain serves the public pages to everyone and
 * keeps CSRF protection on for every form that later issues add.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'self'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokens tokens,
            ProblemAuthenticationEntryPoint problems,
            ObjectProvider<AccessRules> moduleRules)
            throws Exception {
        String editorial = StaffRole.EDITOR_IN_CHIEF.name();
        String admin = StaffRole.ADMIN.name();
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> moduleRules.orderedStream().forEach(rules -> rules.api(auth)))
                // publish and unpublish: the article module's rules (PublishingRights), applied above
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .authenticated()
                        // writing articles and pictures: the newsroom's roles (not moderators)
                        .requestMatchers(
                                "/api/v1/articles", "/api/v1/articles/**", "/api/v1/images", "/api/v1/images/**")
                        .hasAnyRole(
                                StaffRole.REPORTER.name(),
                                StaffRole.EDITOR.name(),
                                StaffRole.SECTION_CHIEF.name(),
                                editorial,
                                admin)
                        .requestMatchers("/api/v1/**")
                        .hasRole(admin)
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    /**
     * The editors' UI: form login with a server-side session (cookie HttpOnly, SameSite=Lax, idle timeout from
     * {@code server.servlet.session.timeout}), CSRF tokens in the session, session id changed at login, every
     * request checked against the account ({@link StaffSessionFilter}: ended sessions, absolute lifetime, forced
     * password change). Every {@code /admin/**} page needs a login; modules narrow it further with their {@link
     * AccessRules}.
     */
    @Bean
    @Order(2)
    SecurityFilterChain staffChain(
            HttpSecurity http,
            ThrottledAuthenticationProvider passwords,
            AuthenticationEventPublisher authenticationEvents,
            StaffLoginSuccess loginSuccess,
            StaffSessions sessions,
            ObjectProvider<AccessRules> moduleRules)
            throws Exception {
        // One provider and no parent: with HttpSecurity's default manager the global manager (which Spring Boot
        // also gives this provider bean) was asked again after each failure, so every wrong password was checked
        // and counted twice.
        ProviderManager logins = new ProviderManager(passwords);
        logins.setAuthenticationEventPublisher(authenticationEvents);
        http.securityMatcher("/admin/**", "/login", "/logout")
                .authenticationManager(logins)
                .addFilterBefore(new StaffSessionFilter(sessions), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> moduleRules.orderedStream().forEach(rules -> rules.admin(auth)))
                .authorizeHttpRequests(auth ->
                        auth.requestMatchers("/login").permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(StaffLoginDetails.source())
                        .successHandler(loginSuccess)
                        .failureHandler(new LoginFailureRedirects()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(
                        s -> s.sessionFixation(f -> f.changeSessionId()).invalidSessionUrl("/login?expired"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // the review screen shows the preview in a same-origin frame
                        .frameOptions(frames -> frames.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain siteChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // Readers have no session: the CSRF token lives in a cookie (double submit), so a public form
                // works on a page served from the page cache and no session is ever created for a reader.
                .csrf(csrf -> csrf.csrfTokenRepository(readersCsrfCookie()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Public pages say themselves how they may be cached (the page cache sets Cache-Control).
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * The readers' CSRF cookie: {@code SameSite=Lax} (a cross-site form post never carries it), {@code Secure}
     * whenever the request is (over TLS, or {@code X-Forwarded-Proto: https} from a trusted proxy).
     */
    private static CookieCsrfTokenRepository readersCsrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }
}
