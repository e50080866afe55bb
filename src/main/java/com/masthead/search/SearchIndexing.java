package com.masthead.search;

import com.masthead.article.ArticlePublished;
import com.masthead.article.ArticleRevised;
import com.masthead.article.ArticleTexts;
import com.masthead.article.ArticleUnpublished;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database. Article events update one document right after their transaction
 * commits, in the request thread, so a taken-down article is gone from results before the API call returns.
 * Everything else (drafts saved without an event, changes made through other instances, anything a crash lost)
 * is caught up from the article change sequence, which every article write appends to in its own transaction:
 * every {@code masthead.search.catch-up-interval} (2 s) and before every staff search, the changes after the
 * index's position are applied ({@link ChangeCursor}; no wall clock is involved), and the position is stored with
 * the index ({@link SearchIndex#markApplied}). An index without a position, or one that fell behind the pruned
 * part of the sequence, is rebuilt from the position read before the rebuild starts; the instance reports itself
 * ready ({@link SearchReadiness}) once its index is complete and caught up. A newsroom dictionary whose version
 * differs from the index's rebuilds the index once. Rebuilds run on one background thread; searches and
 * catching up go on meanwhile.
 */
@Service
public class SearchIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    private static final int CATCH_UP_BATCH = 500;
    /** How far below the newest change a rebuild from scratch reads again, for transactions still in flight. */
    static final int REREAD_AFTER_REBUILD = 1_000;

    private static final long PRUNE_EVERY_NANOS = TimeUnit.HOURS.toNanos(1);

    private final SearchIndex index;
    private final ArticleDocuments documents;
    private final NewsroomDictionary dictionary;
    private final SearchReadiness readiness;
    private final SearchProperties properties;
    private final Clock clock;
    private final Counter rebuilds;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean rebuildAgain = new AtomicBoolean();
    private ChangeCursor cursor; // guarded by this; null until start()
    private boolean complete; // guarded by this: the index holds every article (false until a first build ends)
    private final Object requests = new Object();
    private long requestedDictionaryVersion = Long.MIN_VALUE; // guarded by requests
    private long lastPrune = System.nanoTime() - PRUNE_EVERY_NANOS;
    private boolean failing;
    private volatile boolean startRequested; // start() ran; begin() may still have to succeed

    SearchIndexing(
            SearchIndex index,
            ArticleDocuments documents,
            NewsroomDictionary dictionary,
            SearchReadiness readiness,
            SearchProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.index = index;
        this.documents = documents;
        this.dictionary = dictionary;
        this.readiness = readiness;
        this.properties = properties;
        this.clock = clock;
        this.rebuilds = Counter.builder("masthead.search.rebuilds")
                .description("Search index rebuilds completed by this instance")
                .register(meters);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticlePublished event) {
        refresh(event.articleId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticleRevised event) {
        refresh(event.articleId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ArticleUnpublished event) {
        refresh(event.articleId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NewsroomDictionaryChanged event) {
        rebuildIfDictionaryChanged();
    }

    /**
     * On start: an index without a position (new, or written before positions were stored), one that missed pruned
     * changes, or an outdated one is rebuilt, reading the sequence from just below its newest change; otherwise
     * catching up continues from the index's position (the first pass runs here; a failure leaves it to the next).
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        startRequested = true;
        try {
            begin();
        } catch (SearchUnavailableException e) {
            // the search cluster is down: the site starts anyway, and every catch-up interval tries again
            log.warn("search index unavailable at start, retrying: {}", e.getMessage());
        }
    }

    private void begin() {
        long applied = index.appliedChange();
        long earliest = documents.earliestChange();
        boolean fromScratch = applied == 0 || applied < earliest - 1 || index.outdated();
        long grace = properties.changeGapGrace().toNanos();
        synchronized (this) {
            if (fromScratch) {
                long from = Math.max(earliest - 1, documents.latestChange() - REREAD_AFTER_REBUILD);
                cursor = new ChangeCursor(Math.max(0, from), grace);
            } else {
                cursor = new ChangeCursor(applied, grace);
            }
            complete = !fromScratch;
        }
        if (fromScratch) {
            log.info("search index has no usable position ({}); rebuilding", applied);
            rebuildInBackground();
        } else {
            periodically();
        }
    }

    /** Re-reads one article into the index (or drops it if it no longer exists); false when that failed. */
    public boolean refresh(long articleId) {
        try {
            documents.load(articleId).ifPresentOrElse(index::put, () -> index.remove(articleId));
            return true;
        } catch (RuntimeException e) {
            log.warn("search index update of article {} failed", articleId, e);
            return false;
        }
    }

    /**
     * Applies the article changes not applied yet (and the missing numbers below them that have appeared since);
     * returns how many articles were re-read. Stops at a change that cannot be applied; the next call retries it.
     */
    public synchronized int catchUp() {
        if (cursor == null) {
            return 0;
        }
        long now = System.nanoTime();
        List<Long> holes = cursor.holes();
        int total = holes.isEmpty() ? 0 : apply(documents.changesAmong(holes), now);
        while (total >= 0) {
            List<ArticleTexts.Change> batch = documents.changesAfter(cursor.readAfter(), CATCH_UP_BATCH);
            int applied = apply(batch, now);
            total = applied < 0 ? -1 : total + applied;
            if (batch.size() < CATCH_UP_BATCH) {
                break;
            }
        }
        cursor.advance(now);
        if (complete) {
            index.markApplied(cursor.mark());
            if (total >= 0) {
                readiness.caughtUp();
            }
        }
        return Math.max(total, 0);
    }

    /** Applies changes in order, each article once (loaded after the batch was read: it has all of them). */
    private int apply(List<ArticleTexts.Change> changes, long now) {
        Set<Long> loaded = new HashSet<>();
        for (ArticleTexts.Change change : changes) {
            if (!cursor.isNew(change.change())) {
                continue;
            }
            if (loaded.add(change.articleId()) && !refresh(change.articleId())) {
                return -1;
            }
            cursor.seen(change.change(), now);
        }
        return loaded.size();
    }

    /**
     * Every {@code masthead.search.catch-up-interval}: rebuilds once for a new dictionary version (another instance
     * changed it; its event reached only that instance), applies the changes made elsewhere, makes them durable,
     * and once an hour prunes changes older than {@code masthead.search.change-retention}.
     */
    @Scheduled(fixedDelayString = "#{@'masthead.search-com.masthead.search.SearchProperties'.catchUpInterval()}")
    void periodically() {
        boolean begun;
        synchronized (this) {
            begun = cursor != null;
        }
        if (!begun) {
            if (startRequested) {
                start();
            }
            return;
        }
        try {
            boolean incomplete;
            synchronized (this) {
                incomplete = !complete;
            }
            if (incomplete && !rebuilding.get()) {
                // the first build failed: the instance is not ready until one succeeds
                rebuildInBackground();
            }
            rebuildIfDictionaryChanged();
            catchUp();
            index.commit();
            long now = System.nanoTime();
            if (now - lastPrune > PRUNE_EVERY_NANOS) {
                lastPrune = now;
                documents.forgetChangesBefore(clock.instant().minus(properties.changeRetention()));
            }
            if (failing) {
                log.info("catching up the search index works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("cannot catch up the search index; will retry", e);
                failing = true;
            }
        }
    }

    /**
     * Requests one rebuild when the dictionary's version differs from the index's and no rebuild was requested
     * since that version: the changing instance's event and its own periodic check never rebuild twice.
     */
    void rebuildIfDictionaryChanged() {
        long version = dictionary.version();
        long built = index.dictionaryVersion();
        boolean differs = built < 0 ? !index.dictionary().equals(dictionary.terms()) : built != version;
        synchronized (requests) {
            if (!differs || requestedDictionaryVersion >= version) {
                return;
            }
            requestedDictionaryVersion = version;
        }
        rebuildInBackground();
    }

    /**
     * Starts a full rebuild on the background thread; a request while one runs schedules exactly one more (so the
     * latest dictionary always wins). Returns at once.
     */
    public Future<?> rebuildInBackground() {
        long version = dictionary.version();
        synchronized (requests) {
            requestedDictionaryVersion = Math.max(requestedDictionaryVersion, version);
        }
        if (!rebuilding.compareAndSet(false, true)) {
            rebuildAgain.set(true);
            return CompletableFuture.completedFuture(null);
        }
        return rebuilder.submit(() -> {
            try {
                do {
                    rebuildAgain.set(false);
                    rebuildNow();
                } while (rebuildAgain.get());
            } catch (RuntimeException e) {
                log.error("search index rebuild failed", e);
                synchronized (requests) {
                    requestedDictionaryVersion = Long.MIN_VALUE;
                }
            } finally {
                rebuilding.set(false);
            }
            try {
                catchUp();
            } catch (RuntimeException e) {
                log.warn("catching up after the rebuild failed; the next catch-up retries", e);
            }
        });
    }

    /**
     * Rebuilds in the caller's thread (searches and catching up go on meanwhile) with the dictionary's current
     * version and terms, then stores the position: the new index has every change the catch-up had applied.
     */
    public void rebuildNow() {
        long version = dictionary.version();
        index.rebuild(documents, dictionary.terms(), version);
        rebuilds.increment();
        synchronized (this) {
            complete = true;
            if (cursor != null) {
                index.markApplied(cursor.mark());
            }
        }
        index.commit();
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /** Compares the index with the database: counts, and which ids either side lacks. */
    public ConsistencyReport check() {
        SearchQuery allPublished =
                new SearchQuery("", SearchScope.PUBLISHED, null, null, null, null, null, null, null, 1, 1);
        return ConsistencyReport.compare(
                documents.allIds(),
                index.indexedIds(),
                documents.countPublished(),
                index.count(allPublished),
                rebuilding.get());
    }

    @Override
    public void destroy() {
        rebuilder.shutdownNow();
    }
}
