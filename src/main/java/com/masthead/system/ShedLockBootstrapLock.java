package com.masthead.system;

import com.masthead.shared.BootstrapLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The start-up lock as a ShedLock lock ({@code shedlock} row {@value #LOCK}). A waiting instance reads the lock row
 * and tries to take the lock only once it looks free: a read never waits for a writer, while a try is a write that
 * on SQLite queues behind the holder's long writes (seeding the demo). A try that meets a busy database counts as
 * not taken. Thread-safe.
 */
final class ShedLockBootstrapLock implements BootstrapLock {

    static final String LOCK = "start-up-bootstrap";
    /** Longer than the slowest bootstrap (seeding the demo newspaper on a slow machine). */
    static final Duration HOLD_AT_MOST = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(ShedLockBootstrapLock.class);
    private static final long PAUSE_MILLIS = 250;

    private final LockingTaskExecutor locks;
    private final JobLockRepository lockRows;
    private final Clock clock;

    ShedLockBootstrapLock(LockingTaskExecutor locks, JobLockRepository lockRows, Clock clock) {
        this.locks = locks;
        this.lockRows = lockRows;
        this.clock = clock;
    }

    @Override
    public void runAlone(String name, Runnable bootstrap) {
        Instant giveUp = clock.instant().plus(HOLD_AT_MOST).plus(Duration.ofMinutes(1));
        boolean waited = false;
        while (!(lockRows.looksFree(LOCK, clock.instant()) && taken(name, bootstrap))) {
            if (clock.instant().isAfter(giveUp)) {
                throw new IllegalStateException(name + ": another instance has held the start-up lock for too long");
            }
            if (!waited) {
                log.info("{}: another instance is bootstrapping; waiting for it", name);
                waited = true;
            }
            pause();
        }
    }

    /** Runs the bootstrap if the lock could be taken; false when it could not. */
    private boolean taken(String name, Runnable bootstrap) {
        LockConfiguration lock = new LockConfiguration(clock.instant(), LOCK, HOLD_AT_MOST, Duration.ZERO);
        try {
            TaskResult<Boolean> result = locks.executeWithLock(
                    () -> {
                        bootstrap.run();
                        return true;
                    },
                    lock);
            return result.wasExecuted();
        } catch (CannotCreateTransactionException | TransientDataAccessException e) {
            log.debug("{}: the start-up lock could not be tried now ({})", name, e.getMessage());
            return false;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the start-up lock", e);
        }
    }
}
