package com.masthead.search;

import com.masthead.article.ArticlePublished;
import com.masthead.article.ArticleRevised;
import com.masthead.article.ArticleTexts;
import com.masthead.article.ArticleUnpublished;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * commits, in the request thread, so a taken-down article is gone from results before the API call returns. Drafts
 * created without an event, changes made through other instances (whose events this instance never sees), and
 * anything a crash lost are caught up by following {@code updated_at} (every {@code
 * masthead.search.catch-up-interval}, 2 s, and before every staff search). Each catch-up reads the last {@code
 * masthead.search.catch-up-overlap} (10 s) again, so a change whose transaction committed after a newer one (or
 * was stamped by an instance whose clock is a little behind) is not skipped; versions already indexed are not
 * indexed twice. Rebuilds run on one background thread; searches keep being answered.
 */
@Service
public class SearchIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    private static final int CATCH_UP_BATCH = 500;

    private final SearchIndex index;
    private final ArticleDocuments documents;
    private final NewsroomDictionary dictionary;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean rebuildAgain = new AtomicBoolean();
    private final long overlapMillis;
    private long caughtUpTo; // guarded by this
    // ids and updated_at of the versions indexed by catch-ups within the overlap window; guarded by this
    private final Map<Long, Long> recentlyCaughtUp = new HashMap<>();
    // The scheduler fires before the application is ready, and catching up from zero would re-read the whole
    // archive one article at a time (holding the start-up thread): catch-up waits for start() and never runs
    // beside a full rebuild, which moves the mark itself.
    private volatile boolean started;
    private volatile boolean ready;

    SearchIndexing(
            SearchIndex index, ArticleDocuments documents, NewsroomDictionary dictionary, SearchProperties properties) {
        this.index = index;
        this.documents = documents;
        this.dictionary = dictionary;
        this.overlapMillis = properties.catchUpOverlap().toMillis();
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
        rebuildInBackground();
    }

    /** On start: build the index if it is empty, outdated or was built with another dictionary, else catch up. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        ready = true;
        try {
            Instant last = index.lastUpdated();
            synchronized (this) {
                caughtUpTo = last == null ? 0 : last.toEpochMilli();
            }
            if (!index.dictionary().equals(dictionary.terms())
                    || index.outdated()
                    || (last == null && documents.allIds().length > 0)) {
                rebuildInBackground();
            } else {
                catchUp();
            }
            started = true;
        } catch (SearchUnavailableException e) {
            // the search cluster is down: the site starts anyway, and every catch-up interval tries again
            log.warn("search index unavailable at start, retrying: {}", e.getMessage());
        }
    }

    /** Re-reads one article into the index (or drops it if it no longer exists). Never throws. */
    public void refresh(long articleId) {
        applied(articleId);
    }

    /** {@link #refresh}, telling whether it reached the index. */
    private boolean applied(long articleId) {
        try {
            documents.load(articleId).ifPresentOrElse(index::put, () -> index.remove(articleId));
            return true;
        } catch (RuntimeException e) {
            // the next catch-up retries it: the article's updated_at is newer than the watermark
            log.warn("search index update of article {} failed: {}", articleId, e.getMessage());
            return false;
        }
    }

    /** Indexes every article changed since the last catch-up; returns how many. */
    public synchronized int catchUp() {
        int total = 0;
        long since = Math.max(0, caughtUpTo - overlapMillis);
        long afterId = -1;
        while (true) {
            List<ArticleTexts.Change> changes = documents.changedSince(since, afterId, CATCH_UP_BATCH);
            for (ArticleTexts.Change change : changes) {
                since = change.updatedAt();
                afterId = change.id();
                Long indexed = recentlyCaughtUp.put(change.id(), change.updatedAt());
                if (indexed == null || indexed != change.updatedAt()) {
                    if (!applied(change.id())) {
                        // the index is unreachable: keep the mark before this change, so it is retried
                        recentlyCaughtUp.remove(change.id());
                        return total;
                    }
                    total++;
                }
                caughtUpTo = Math.max(caughtUpTo, change.updatedAt());
            }
            if (changes.size() < CATCH_UP_BATCH) {
                long forgetBefore = caughtUpTo - overlapMillis;
                recentlyCaughtUp.values().removeIf(updatedAt -> updatedAt < forgetBefore);
                return total;
            }
        }
    }

    /**
     * Every {@code masthead.search.catch-up-interval}: follows changes made elsewhere. A newsroom dictionary that
     * differs from the index's (another instance changed it; its event reached only that instance) starts a
     * rebuild here too, as it did there; otherwise articles are caught up.
     */
    @Scheduled(fixedDelayString = "#{@'masthead.search-com.masthead.search.SearchProperties'.catchUpInterval()}")
    void periodically() {
        if (!started && ready) {
            start();
        }
        if (!started || rebuilding.get()) {
            return;
        }
        try {
            if (!index.dictionary().equals(dictionary.terms())) {
                rebuildInBackground();
                return;
            }
            catchUp();
            index.commit();
        } catch (SearchUnavailableException e) {
            log.warn("search index unavailable: {}", e.getMessage());
        }
    }

    /**
     * Starts a full rebuild on the background thread; a request while one runs schedules exactly one more (so the
     * latest dictionary always wins). Returns at once.
     */
    public Future<?> rebuildInBackground() {
        if (!rebuilding.compareAndSet(false, true)) {
            rebuildAgain.set(true);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return rebuilder.submit(() -> {
            try {
                do {
                    rebuildAgain.set(false);
                    rebuildNow();
                } while (rebuildAgain.get());
            } catch (RuntimeException e) {
                log.error("search index rebuild failed", e);
            } finally {
                rebuilding.set(false);
            }
        });
    }

    /** Rebuilds in the caller's thread (searches go on meanwhile). */
    public void rebuildNow() {
        // Everything changed before the rebuild starts is in it; later changes arrive as events or by catch-up.
        long startedAt = System.currentTimeMillis() - 1_000;
        index.rebuild(documents, dictionary.terms());
        synchronized (this) {
            if (caughtUpTo < startedAt) {
                caughtUpTo = startedAt;
            }
        }
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /** Compares the index with the database: counts, and which ids either side lacks. */
    public ConsistencyReport check() {
        long[] db = documents.allIds();
        long[] indexed = index.indexedIds();
        List<Long> missing = new ArrayList<>();
        List<Long> extra = new ArrayList<>();
        long missingCount = 0;
        long extraCount = 0;
        int i = 0;
        int j = 0;
        while (i < db.length || j < indexed.length) {
            if (j >= indexed.length || (i < db.length && db[i] < indexed[j])) {
                if (missing.size() < ConsistencyReport.SAMPLE) {
                    missing.add(db[i]);
                }
                missingCount++;
                i++;
            } else if (i >= db.length || indexed[j] < db[i]) {
                if (extra.size() < ConsistencyReport.SAMPLE) {
                    extra.add(indexed[j]);
                }
                extraCount++;
                j++;
            } else {
                i++;
                j++;
            }
        }
        SearchQuery allPublished =
                new SearchQuery("", SearchScope.PUBLISHED, null, null, null, null, null, null, null, 1, 1);
        return new ConsistencyReport(
                db.length,
                indexed.length,
                documents.countPublished(),
                index.count(allPublished),
                missingCount,
                missing,
                extraCount,
                extra,
                rebuilding.get());
    }

    @Override
    public void destroy() {
        rebuilder.shutdownNow();
    }
}
