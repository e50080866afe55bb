package com.masthead.audit;

import java.time.Instant;

/**
 * The newest entry of the chain: its sequence number and hash, and when it was recorded. For an empty chain
 * {@code seq} is 0, {@code hash} is the genesis value and {@code occurredAt} is null. Copying this somewhere the
 * database's administrators cannot write (a log shipper, a ticket, a printout) anchors the chain: any later rewrite
 * of the entries up to {@code seq} no longer reproduces {@code hash}.
 */
public record ChainHead(long seq, String hash, Instant occurredAt) {}
