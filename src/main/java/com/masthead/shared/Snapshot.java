package com.masthead.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-memory copy of shared data (the channel tree, the site settings, ...), with the one freshness rule of the
 * application: loaded from the database on first use; after a change, reloaded once the changing transaction has
 * committed (never inside it, so a rolled-back change is never shown) and on every other instance when its
 * {@link ChangeSignals change signal}, written by the same transaction, arrives (ahead of the page evictions of
 * that transaction, which are signalled after it); and at the latest after {@code masthead.change-signals.snapshot-max-age}
 * (a safety net for a lost signal). Inside the changing transaction its own thread reads the uncommitted state.
 * Create through {@link Snapshots#of}. Thread-safe; values must be immutable, or a read-through cache that a change
 * replaces with an empty one (a value read before the change then lands in the discarded cache).
 *
 * @param <T> the copy; {@code load} receives the previous copy (null at first) and may return it when unchanged
 */
public final class Snapshot<T> {

    private final String topic;
    private final UnaryOperator<T> load;
    private final ChangeSignals signals;
    private final Clock clock;
    private final Duration maxAge;
    private volatile T value;
    private volatile Instant loadedAt = Instant.MIN;

    Snapshot(String topic, UnaryOperator<T> load, ChangeSignals signals, Clock clock, Duration maxAge) {
        this.topic = topic;
        this.load = load;
        this.signals = signals;
        this.clock = clock;
        this.maxAge = maxAge;
        signals.onRemote(topic, detail -> reload());
    }

    /** The copy: this transaction's own view when it changed the data, else the committed one. */
    public T get() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Uncommitted<?> uncommitted) {
            @SuppressWarnings("unchecked")
            Uncommitted<T> own = (Uncommitted<T>) uncommitted;
            return own.get();
        }
        T current = value;
        if (current == null || clock.instant().isAfter(loadedAt.plus(maxAge))) {
            current = reload();
        }
        return current;
    }

    /**
     * The data changed: signals the other instances with the current transaction (so they reload once it commits,
     * and never when it rolls back) and reloads here after it commits; without a transaction, reloads and signals at
     * once. Call inside the changing transaction, after the change was written.
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reload();
            signals.send(topic, "");
            return;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Uncommitted<?> uncommitted) {
            uncommitted.forget();
            return;
        }
        signals.send(topic, "");
        TransactionSynchronizationManager.bindResource(this, new Uncommitted<>(load));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            /** Before the after-commit listeners (page eviction): a page rendered after them sees the new copy. */
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public void afterCommit() {
                reload();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(Snapshot.this);
            }
        });
    }

    private synchronized T reload() {
        T loaded = load.apply(value);
        value = loaded;
        loadedAt = clock.instant();
        return loaded;
    }

    /** What the changing transaction reads until it completes: loaded within it, so its own writes included. */
    private static final class Uncommitted<T> {
        private final UnaryOperator<T> load;
        private T value;

        Uncommitted(UnaryOperator<T> load) {
            this.load = load;
        }

        T get() {
            if (value == null) {
                value = load.apply(null);
            }
            return value;
        }

        void forget() {
            value = null;
        }
    }
}
