package com.masthead.shared;

import java.util.function.Consumer;

/**
 * Tells the other instances on the same database that shared data changed, and hears what they tell. A signal is a
 * topic (what changed: {@code channels}, {@code pages}) with a free-form detail (which page tags, or empty).
 *
 * <p>A signal belongs to the change it reports: sent inside the changing transaction it is written by that
 * transaction (an outbox), so it reaches the other instances exactly when the change commits, and never when it
 * rolls back; sent without a transaction it is written at once. Every other instance hears each committed signal
 * at least once, signals of one transaction in the order they were sent (those of different transactions may
 * overtake each other); an instance never hears its own. On PostgreSQL they arrive within milliseconds of the
 * commit, on SQLite within {@code masthead.change-signals.poll-interval} (1 s). Thread-safe.
 */
public interface ChangeSignals {

    /**
     * Sends a signal with the current transaction (see above). Call while the change is being made, never from an
     * after-commit callback (the transaction is over then). A failure to write it fails the change.
     */
    void send(String topic, String detail);

    /**
     * Calls {@code listener} with the detail of every signal on {@code topic} that another instance sends from now
     * on, on the thread that reads the signals, one signal at a time (keep it short; a listener that throws is
     * logged and skipped).
     */
    void onRemote(String topic, Consumer<String> listener);
}
