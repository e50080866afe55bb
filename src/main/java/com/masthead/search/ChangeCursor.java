package com.masthead.search;

import java.util.List;
import java.util.TreeMap;

/**
 * Where an index stands in the article change sequence. Every change up to {@link #mark()} has been applied (or
 * given up on); changes above it up to {@link #readAfter()} were read. A change missing below one read is a hole:
 * on PostgreSQL a transaction that took its id earlier can commit later (id 11 before id 10), or it rolled back and
 * never appears. Holes are read again on every catch-up until they appear or {@code graceNanos} passes, so a late
 * commit is never skipped and a rollback never stops the mark for long. On SQLite there are no holes: writes are
 * serialised and a rolled-back id is reused. Times are {@link System#nanoTime()} values (no wall clock). Not
 * thread-safe.
 */
final class ChangeCursor {

    /** A larger jump in ids (a sequence restarted higher) is not waited for. */
    static final int MAX_HOLES = 10_000;

    private final long graceNanos;
    private long mark;
    private long highest;
    private final TreeMap<Long, Long> holes = new TreeMap<>(); // change → when it was first missed

    ChangeCursor(long mark, long graceNanos) {
        this.mark = mark;
        this.highest = mark;
        this.graceNanos = graceNanos;
    }

    /** Every change up to this one is applied (or was never used); the position to store with the index. */
    long mark() {
        return mark;
    }

    /** New changes are read after this one. */
    long readAfter() {
        return highest;
    }

    /** Changes below {@link #readAfter()} not seen yet, ascending: read them again. */
    List<Long> holes() {
        return List.copyOf(holes.keySet());
    }

    /** True for a change above everything read, or one that fills a hole. */
    boolean isNew(long change) {
        return change > highest || holes.containsKey(change);
    }

    /** Records a change read at {@code now}; false when it had been seen before. */
    boolean seen(long change, long now) {
        if (change > highest) {
            if (change - highest - 1 <= MAX_HOLES) {
                for (long missing = highest + 1; missing < change; missing++) {
                    holes.put(missing, now);
                }
            }
            highest = change;
            return true;
        }
        return holes.remove(change) != null;
    }

    /** Gives up on holes older than the grace period and moves the mark up to the oldest one left. */
    void advance(long now) {
        holes.values().removeIf(since -> now - since > graceNanos);
        mark = holes.isEmpty() ? highest : holes.firstKey() - 1;
    }
}
