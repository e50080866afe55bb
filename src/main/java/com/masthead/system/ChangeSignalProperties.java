package com.masthead.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Change signals between instances ({@code masthead.change-signals.*}).
 *
 * @param pollInterval how often an instance reads the signals of the others: the bound on how long a change made
 *     elsewhere goes unseen in this instance's snapshots and page cache (used by the scheduler, listed for
 *     reference)
 * @param retention how long signals are kept before they are pruned
 * @param snapshotMaxAge a safety net, not the mechanism: every in-memory snapshot is reloaded at the latest after
 *     this long, in case a signal was lost
 */
@ConfigurationProperties("masthead.change-signals")
public record ChangeSignalProperties(Duration pollInterval, Duration retention, Duration snapshotMaxAge) {

    public ChangeSignalProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        retention = retention == null ? Duration.ofHours(1) : retention;
        snapshotMaxAge = snapshotMaxAge == null ? Duration.ofMinutes(10) : snapshotMaxAge;
    }
}
