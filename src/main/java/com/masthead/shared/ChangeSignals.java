package com.masthead.shared;

import java.util.function.Consumer;

/**
 * Tells the other instances on the same database that shared data changed, and hears what they tell. A signal is a
 * topic (what changed: {@code channels}, {@code pages}) with a free-form detail (which page tags, or empty). Signals
 * reach the other instances within about {@code masthead.change-signals.poll-interval} (1 s), in the order they
 * were sent; an instance never hears its own. Thread-safe.
 */
public interface ChangeSignals {

    /**
     * Sends a signal, soon (in the background); call after the change committed. Never throws: a signal that
     * cannot be written is logged, and the other instances then catch up through their snapshots' maximum age.
     */
    void send(String topic, String detail);

    /**
     * Calls {@code listener} with the detail of every signal on {@code topic} that another instance sends from now
     * on, on the thread that reads the signals (keep it short; a listener that throws is logged and skipped).
     */
    void onRemote(String topic, Consumer<String> listener);
}
