package com.masthead.pagecache;

/** Where a purge request in the queue stands. A sent purge is deleted, so it has no state of its own. */
public enum PurgeStatus {
    /** Waiting for its (next) attempt, or claimed by an instance that is making it. */
    PENDING,
    /** Given up after the last attempt; kept with its last error until an administrator retries or discards it. */
    FAILED
}
