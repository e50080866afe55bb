package com.masthead.ratelimit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared rate-limit store on the application's database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    RateLimits rateLimits(DataSource dataSource, RateLimitProperties properties, Clock clock) {
        return new RateLimits(BucketStore.on(dataSource, clock), properties, clock);
    }
}
