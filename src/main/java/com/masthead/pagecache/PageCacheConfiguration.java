package com.masthead.pagecache;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PageCacheProperties.class, FragmentProperties.class})
class PageCacheConfiguration {

    /**
     * First of all filters, ahead of request observation and Spring Security, so that a hit costs a map look-up
     * and one write. Hits are counted by the cache's own metrics ({@code cache.gets{cache=pages}}).
     */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE;

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
