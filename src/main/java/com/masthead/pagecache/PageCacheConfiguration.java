package com.masthead.pagecache;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    /** Ahead of Spring Security (order -100) so that a hit costs a map look-up and a write, nothing more. */
    static final int FILTER_ORDER = -200;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCache cache, PageCacheProperties properties, Clock clock) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, properties, clock));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
