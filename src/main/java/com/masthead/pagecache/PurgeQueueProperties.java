package com.masthead.pagecache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The durable purge queue ({@code masthead.cache.purge-queue.*}); the endpoints, the HTTP method and the number of
 * attempts are {@code masthead.cache.purge-endpoints}, {@code purge-method} and {@code purge-attempts}.
 *
 * @param pollInterval how often each instance looks for purges that are due (a change also sends its purges at once)
 * @param retryDelay pause after the first failed attempt; doubles after each further failure
 * @param lease how long an instance may take for one attempt before another instance may make it again (a crashed
 *     instance's claims expire after this)
 * @param batchSize purges claimed per run at most
 */
@ConfigurationProperties("masthead.cache.purge-queue")
record PurgeQueueProperties(Duration pollInterval, Duration retryDelay, Duration lease, int batchSize) {

    PurgeQueueProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        retryDelay = retryDelay == null ? Duration.ofSeconds(2) : retryDelay;
        lease = lease == null ? Duration.ofMinutes(1) : lease;
        batchSize = batchSize <= 0 ? 100 : batchSize;
    }
}
