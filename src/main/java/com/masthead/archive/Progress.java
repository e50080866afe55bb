package com.masthead.archive;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Progress lines of an export or import: rows of the current table, the share of all rows done, rows and
 * megabytes per second; one line at most every {@link #EVERY_MILLIS} within a table and one when it ends. Not
 * thread-safe: one per run.
 */
final class Progress {

    static final long EVERY_MILLIS = 2000;

    private final String verb;
    private final long totalRows;
    private final Clock clock;
    private final Consumer<String> out;
    private final IntConsumer percentListener;
    private final long started;
    private int percent = -1;
    private long rowsDone;
    private long bytesDone;
    private String table;
    private long tableRows;
    private long tableTotal;
    private long lastLine;

    Progress(String verb, long totalRows, Clock clock, Consumer<String> out) {
        this(verb, totalRows, clock, out, p -> {});
    }

    /** With a listener told the share of all rows done (0 to 100) each time it changes. */
    Progress(String verb, long totalRows, Clock clock, Consumer<String> out, IntConsumer percentListener) {
        this.percentListener = percentListener;
        this.verb = verb;
        this.totalRows = totalRows;
        this.clock = clock;
        this.out = out;
        this.started = clock.millis();
        this.lastLine = started;
    }

    void startTable(String name, long rows) {
        table = name;
        tableRows = 0;
        tableTotal = rows;
    }

    void row(long bytes) {
        rowsDone++;
        tableRows++;
        bytesDone += bytes;
        int share = (int) (totalRows == 0 ? 100 : rowsDone * 100 / totalRows);
        if (share != percent) {
            percent = share;
            percentListener.accept(share);
        }
        long now = clock.millis();
        if (now - lastLine >= EVERY_MILLIS) {
            lastLine = now;
            out.accept(line(now));
        }
    }

    void endTable() {
        lastLine = clock.millis();
        out.accept(line(lastLine));
    }

    void note(String line) {
        out.accept(line);
    }

    long rows() {
        return rowsDone;
    }

    long bytes() {
        return bytesDone;
    }

    long elapsedMillis() {
        return Math.max(1, clock.millis() - started);
    }

    /** Rows and megabytes per second since the start. */
    String throughput() {
        double seconds = elapsedMillis() / 1000.0;
        return String.format(
                Locale.ROOT, "%.0f rows/s, %.1f MB/s", rowsDone / seconds, bytesDone / seconds / 1_000_000);
    }

    private String line(long now) {
        long percent = totalRows == 0 ? 100 : rowsDone * 100 / totalRows;
        return String.format(
                Locale.ROOT,
                "%s %s: %d/%d rows; all tables %d%% (%d/%d rows), %s",
                verb,
                table,
                tableRows,
                tableTotal,
                percent,
                rowsDone,
                totalRows,
                throughput());
    }
}
