package com.masthead.popularity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The beacon is a cookie-less, anonymous POST from {@code navigator.sendBeacon}, which cannot carry a CSRF token;
 * forging one only adds a view. So {@code /beacon/**} gets its own stateless chain without CSRF, ahead of the
 * site chain.
 */
@Configuration(proxyBeanMethods = false)
class BeaconSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain beaconChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/beacon/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
