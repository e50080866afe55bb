package com.masthead.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Where an instance stands in the shared {@code change_signal} table. Every id up to {@link #mark()} has been
 * handled (or was never used); ids above it that were seen are remembered. An id missing below a seen one is a gap
 * (on PostgreSQL a transaction that took the id earlier but commits later, or the id of a transaction that rolled
 * back): it is asked for again on every poll ({@link #gaps()}) until it appears or {@link #GAP_GRACE_NANOS}
 * passes, while new rows are read from {@link #newestSeen()} on. Not thread-safe.
 */
final class SignalCursor {

    static final long GAP_GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int MAX_GAP_RANGE = 10_000;

    private long mark;
    private final TreeSet<Long> seenAboveMark = new TreeSet<>();
    private final Map<Long, Long> gapSince = new HashMap<>();

    SignalCursor(long mark) {
        this.mark = mark;
    }

    /** Reading starts after this id. */
    long mark() {
        return mark;
    }

    /** New rows are those above this id. */
    long newestSeen() {
        return seenAboveMark.isEmpty() ? mark : seenAboveMark.last();
    }

    /** The ids between the mark and {@link #newestSeen()} that were not seen yet, lowest first. */
    List<Long> gaps() {
        List<Long> gaps = new ArrayList<>();
        for (long id = mark + 1; id < newestSeen(); id++) {
            if (!seenAboveMark.contains(id)) {
                gaps.add(id);
            }
        }
        return gaps;
    }

    /** Records a row read; false when it had been handled before. */
    boolean firstSight(long id) {
        if (!seenAboveMark.add(id)) {
            return false;
        }
        gapSince.remove(id);
        return true;
    }

    /** Moves the mark over every id seen, and over gaps older than the grace period. */
    void advance(long now) {
        if (!seenAboveMark.isEmpty() && seenAboveMark.last() - mark > MAX_GAP_RANGE) {
            // ids jumped (a sequence restarted higher): nothing sensible to wait for
            mark = seenAboveMark.first() - 1;
            gapSince.clear();
        }
        if (!seenAboveMark.isEmpty()) {
            for (long id = mark + 1; id < seenAboveMark.last(); id++) {
                if (!seenAboveMark.contains(id)) {
                    gapSince.putIfAbsent(id, now);
                }
            }
        }
        while (!seenAboveMark.isEmpty()) {
            long next = mark + 1;
            if (seenAboveMark.remove(next)) {
                mark = next;
                continue;
            }
            Long since = gapSince.get(next);
            if (since != null && now - since > GAP_GRACE_NANOS) {
                gapSince.remove(next);
                mark = next;
                continue;
            }
            break;
        }
    }
}
