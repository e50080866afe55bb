package com.masthead.pagecache;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PageCacheProperties.class, FragmentProperties.class})
class PageCacheConfiguration {

    /**
     * First of all filters, ahead of request observation and Spring Security, so that a miss is rendered once and
     * stored with the security headers the chain adds. Hits are counted by the cache's own metrics
     * ({@code cache.gets{cache=pages}}).
     */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    PageResponses pageResponses(PageCacheProperties properties) {
        return new PageResponses(properties);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCache cache, PageCacheProperties properties, PageResponses responses, Clock clock) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, properties, responses, clock));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Puts {@link EarlyHitValve} first in the web application's pipeline (ahead of any valve added by a customizer
     * with a lower precedence), unless the cache or its early hits are switched off.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> earlyHits(
            PageCache cache, PageCacheProperties properties, PageResponses responses) {
        return new EarlyHits(properties.enabled() && properties.earlyHits(), new EarlyHitValve(cache, responses));
    }

    private record EarlyHits(boolean on, EarlyHitValve valve)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            if (on) {
                factory.addContextValves(valve);
            }
        }

        @Override
        public int getOrder() {
            return 0;
        }
    }
}
