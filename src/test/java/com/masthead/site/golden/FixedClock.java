package com.masthead.site.golden;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application clock of the golden pages: always 2026-11-26 10:00 in Beijing, so the demo newspaper's dates
 * and the pages' years are the same on every run. Added as a source with {@code --spring.main.sources}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Bean
    @Primary
    Clock goldenClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
