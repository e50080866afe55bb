package com.masthead.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;

/**
 * Every redirect names a path only ({@code Location: /channel/news/}), whatever protocol version the client
 * speaks: Tomcat would otherwise make it absolute from the request's {@code Host} for HTTP/1.0 clients (and for
 * all clients without {@code server.tomcat.use-relative-redirects}), so a client's host name, stored with a
 * redirect by a shared cache, could send every later reader to another site. Absolute links the site needs come
 * from the base URL in the site settings.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirectsConfiguration {

    @Bean
    FilterRegistrationBean<RelativeRedirectFilter> relativeRedirects() {
        RelativeRedirectFilter filter = new RelativeRedirectFilter();
        filter.setRedirectStatus(HttpStatus.FOUND);
        FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
