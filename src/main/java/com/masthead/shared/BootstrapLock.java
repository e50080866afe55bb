package com.masthead.shared;

/**
 * Runs start-up bootstraps (the first admin, the first API token, the demo content and its newsroom accounts) one at
 * a time across every instance that shares the database. An instance that finds another one bootstrapping waits for
 * it, then runs its own bootstrap, which finds the work done and does nothing: each bootstrap decides what is missing
 * inside the lock, from the database. Implemented with a cluster-wide lock in the database; thread-safe.
 */
public interface BootstrapLock {

    /**
     * Runs {@code bootstrap} while holding the start-up lock, waiting as long as another instance holds it (a crashed
     * holder's lock expires after some minutes).
     *
     * @param name what the bootstrap does, for the log
     * @throws IllegalStateException when the lock could not be had in that time
     */
    void runAlone(String name, Runnable bootstrap);
}
