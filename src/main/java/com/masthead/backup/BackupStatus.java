package com.masthead.backup;

import java.time.Instant;

/**
 * The state of this instance's latest backup run, for the staff page: idle (none since start), running (at
 * {@code stage}, {@code done} of {@code total} units), done (as {@code backup}) or failed (with {@code reason}).
 * Kept in memory: another instance shows its own runs.
 */
public record BackupStatus(
        State state,
        Instant startedAt,
        Instant endedAt,
        String stage,
        long done,
        long total,
        String backup,
        String reason) {

    /** Where a run is. */
    public enum State {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    static BackupStatus idle() {
        return new BackupStatus(State.IDLE, null, null, null, 0, 0, null, null);
    }

    static BackupStatus started(Instant at) {
        return new BackupStatus(State.RUNNING, at, null, "database", 0, 0, null, null);
    }

    BackupStatus at(String stage, long done, long total) {
        return new BackupStatus(state, startedAt, null, stage, done, total, null, null);
    }

    BackupStatus done(Instant at, String backup) {
        return new BackupStatus(State.DONE, startedAt, at, null, total, total, backup, null);
    }

    BackupStatus failed(Instant at, String reason) {
        return new BackupStatus(State.FAILED, startedAt, at, stage, done, total, null, reason);
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
