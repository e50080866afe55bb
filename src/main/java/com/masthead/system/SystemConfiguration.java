package com.masthead.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    MastheadProperties.class,
    ProxyProperties.class,
    TrustedProxies.class,
    UploadProperties.class
})
@EnableScheduling
class SystemConfiguration {

    /** Static: a post-processor must exist before the beans it looks at. */
    @Bean
    static SqliteDataDirectory sqliteDataDirectory() {
        return new SqliteDataDirectory();
    }

    /** Static, like every post-processor: prepares each SQLite query once per connection. */
    @Bean
    static SqliteStatementCaching sqliteStatementCaching() {
        return new SqliteStatementCaching();
    }

    /** The one clock of the application; tests replace it to make time deterministic. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
