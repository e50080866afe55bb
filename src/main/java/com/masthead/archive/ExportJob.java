package com.masthead.archive;

import java.time.Instant;

/**
 * An export started from the staff UI, as far as it has come.
 *
 * @param name the archive's file name under {@code <data-dir>/exports}
 * @param state {@code running}, {@code done} or {@code failed}
 * @param percent the share of all rows written (99 at most until the files are in and the archive is complete)
 * @param line the last progress line
 * @param failure why it failed ({@code null} unless failed)
 */
public record ExportJob(
        String name,
        String state,
        int percent,
        String line,
        String failure,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {

    static ExportJob started(String name, String by, Instant at) {
        return new ExportJob(name, "running", 0, "", null, by, at, null);
    }

    public boolean running() {
        return state.equals("running");
    }

    public boolean done() {
        return state.equals("done");
    }

    ExportJob at(int percent, String line) {
        return new ExportJob(name, state, Math.min(99, percent), line, failure, startedBy, startedAt, finishedAt);
    }

    ExportJob finished(Instant at) {
        return new ExportJob(name, "done", 100, line, null, startedBy, startedAt, at);
    }

    ExportJob failed(String reason, Instant at) {
        return new ExportJob(name, "failed", percent, line, reason, startedBy, startedAt, at);
    }
}
