package com.masthead.article;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scheduled publishing ({@code masthead.scheduling.*}).
 *
 * @param poll how often an instance publishes articles whose time has come (default 15 s)
 */
@ConfigurationProperties("masthead.scheduling")
record SchedulingProperties(Duration poll) {

    SchedulingProperties {
        poll = poll == null || poll.isNegative() || poll.isZero() ? Duration.ofSeconds(15) : poll;
    }
}
