package com.masthead.pagecache;

/** How many purge requests wait (or are being sent) and how many failed for good, over all instances. */
public record PurgeCounts(long pending, long failed) {}
