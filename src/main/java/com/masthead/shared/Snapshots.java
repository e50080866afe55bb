package com.masthead.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Creates {@link Snapshot}s that share one change-signal channel, clock and maximum age. Thread-safe. */
public final class Snapshots {

    private final ChangeSignals signals;
    private final Clock clock;
    private final Duration maxAge;

    public Snapshots(ChangeSignals signals, Clock clock, Duration maxAge) {
        this.signals = signals;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * A snapshot of the data named {@code topic} (unique in the application: it is also the signal's topic), loaded
     * lazily by {@code load}.
     */
    public <T> Snapshot<T> of(String topic, UnaryOperator<T> load) {
        return new Snapshot<>(topic, load, signals, clock, maxAge);
    }
}
