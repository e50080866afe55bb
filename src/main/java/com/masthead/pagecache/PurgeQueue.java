package com.masthead.pagecache;

import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.time.Clock;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable queue of CDN/proxy purges, shared by all instances through the database: what a change asks to purge
 * is written here before the change's request returns ({@link PendingPurges}), and any instance's {@link PurgeWorker} sends it, so a crash
 * of the instance that made the change loses nothing. For administrators: the counts, the failed purges (dead
 * letters), and retrying or discarding one. Thread-safe.
 */
@Service
public class PurgeQueue {

    private final PurgeQueueRepository queue;
    private final PurgeWorker worker;
    private final Clock clock;

    PurgeQueue(PurgeQueueRepository queue, PurgeWorker worker, Clock clock) {
        this.queue = queue;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * Queues a purge of each URL in a transaction of its own, and has this instance's worker send them right after
     * it commits. Call it once the change's transaction is over ({@link PendingPurges}): on SQLite a transaction of
     * its own waits for the write lock the change's connection holds until it is handed back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(Collection<String> urls) {
        long now = clock.millis();
        urls.forEach(url -> queue.insert(url, now));
        nudgeAfterCommit();
    }

    /** How many purges wait and how many failed, over all instances. */
    public PurgeCounts counts() {
        return new PurgeCounts(queue.count(PurgeStatus.PENDING), queue.count(PurgeStatus.FAILED));
    }

    /** The purges given up after their last attempt, the latest first, with attempts and last error. */
    public PageResult<QueuedPurge> failed(PageRequest request) {
        return queue.list(PurgeStatus.FAILED, request);
    }

    /**
     * Gives a failed purge a fresh round of attempts, starting at once.
     *
     * @throws NotFoundException when there is no failed purge with this id
     */
    @Transactional
    public QueuedPurge retry(long id) {
        if (!queue.requeue(id, clock.millis())) {
            throw new NotFoundException("failed-purge", id);
        }
        nudgeAfterCommit();
        return queue.find(id).orElseThrow();
    }

    /**
     * Drops a failed purge for good (the page expires from the proxy by its {@code s-maxage} anyway).
     *
     * @throws NotFoundException when there is no failed purge with this id
     */
    @Transactional
    public void discard(long id) {
        if (!queue.discard(id)) {
            throw new NotFoundException("failed-purge", id);
        }
    }

    private void nudgeAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.nudge();
            }
        });
    }
}
