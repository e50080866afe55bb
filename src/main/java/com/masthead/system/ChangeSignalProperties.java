package com.masthead.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Change signals between instances ({@code masthead.change-signals.*}).
 *
 * @param pollInterval how often an instance reads the signals of the others regardless of pushes: on SQLite the
 *     bound on how long a change made elsewhere goes unseen in this instance's snapshots and page cache, on
 *     PostgreSQL the backstop behind {@code listen} (and the pause before a lost listening connection is reopened)
 * @param retention how long signals are kept before they are pruned
 * @param snapshotMaxAge a safety net, not the mechanism: every in-memory snapshot is reloaded at the latest after
 *     this long, in case a signal was lost
 * @param listen on PostgreSQL, wait for the other instances' signals with {@code LISTEN} on a connection of its own
 *     (outside the pool), so that they arrive within milliseconds of their commit; ignored on SQLite
 */
@ConfigurationProperties("masthead.change-signals")
public record ChangeSignalProperties(
        Duration pollInterval, Duration retention, Duration snapshotMaxAge, Boolean listen) {

    public ChangeSignalProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        retention = retention == null ? Duration.ofHours(1) : retention;
        snapshotMaxAge = snapshotMaxAge == null ? Duration.ofMinutes(10) : snapshotMaxAge;
        listen = listen == null || listen;
    }
}
