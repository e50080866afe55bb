package com.masthead.audit;

import java.time.Instant;

/**
 * One recorded fact, as stored. {@code seq} numbers entries from 1 without gaps in chain order; {@code prevHash}
 * is the previous entry's {@code hash} ({@link AuditHash#GENESIS} for the first); {@code hash} covers every other
 * field (see {@code docs/audit.md}). {@code address} is null when the change had no client (scheduled jobs);
 * every other field is non-null.
 */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String subject,
        String detail,
        String address,
        String prevHash,
        String hash) {}
