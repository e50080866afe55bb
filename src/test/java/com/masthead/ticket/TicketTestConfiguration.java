package com.masthead.ticket;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application clock of the ticket tests: starts on 2026-11-26 10:00 in Beijing and moves only when told. */
@TestConfiguration(proxyBeanMethods = false)
public class TicketTestConfiguration {

    public static final Instant START = Instant.parse("2026-11-26T02:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }
}
