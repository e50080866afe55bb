package com.masthead.pagecache;

import java.time.Instant;

/**
 * One purge request in the durable queue: the full URL (a purge endpoint with the page's path filled in) and its
 * delivery state. {@code lastError} and {@code failedAt} may be null.
 */
public record QueuedPurge(
        long id,
        String url,
        PurgeStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant failedAt) {}
