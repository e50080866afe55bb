package com.masthead.search;

import com.masthead.shared.PageResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index in Lucene files under one root directory ({@code <data-dir>/search/}): the current generation
 * is named in {@code CURRENT}; a rebuild writes {@code index-<time>} beside it and swaps. Writes are serialised
 * and refreshed at once (near-real-time), so a change is searchable when {@link #put}/{@link #remove} return;
 * durability comes from {@link #commit()}, which the caller schedules.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final String CURRENT = "CURRENT";
    private static final double LIVE_BUFFER_MB = 32;
    private static final double REBUILD_BUFFER_MB = 256;
    private static final int SNIPPET_TERMS_LIMIT = 20;

    private final Path root;
    private final Clock clock;
    private final Object writeLock = new Object();
    private final Object rebuildLock = new Object();
    private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
    private Set<Long> changedDuringRebuild; // guarded by writeLock
    private final java.util.concurrent.atomic.AtomicLong appliedChange = new java.util.concurrent.atomic.AtomicLong();

    private LuceneSearchIndex(Path root, Clock clock, IndexGeneration generation) {
        this.root = root;
        this.clock = clock;
        this.current.set(generation);
    }

    /**
     * Opens the index under {@code root}, or creates an empty one built for {@code dictionary}. An existing index
     * keeps the dictionary it was built with until the next rebuild (see {@link #dictionary()}).
     */
    public static LuceneSearchIndex open(Path root, Collection<String> dictionary, Clock clock) {
        try {
            Files.createDirectories(root);
            Path pointer = root.resolve(CURRENT);
            String name = Files.exists(pointer) ? Files.readString(pointer).strip() : "";
            if (name.isEmpty() || !Files.isDirectory(root.resolve(name))) {
                name = newGenerationName();
                Files.writeString(pointer, name);
            }
            return new LuceneSearchIndex(
                    root, clock, IndexGeneration.open(root.resolve(name), dictionary, LIVE_BUFFER_MB));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + root, e);
        }
    }

    @Override
    public SearchResults search(SearchQuery q) {
        return read((generation, searcher) -> {
            Query query = LuceneQueries.build(q, generation.analysis(), searcher.getIndexReader());
            if (query == null) {
                return new SearchResults(new PageResult<>(List.of(), q.page(), q.size(), 0), true);
            }
            List<String> terms = LuceneQueries.highlightTerms(q, generation.analysis());
            terms = terms.size() > SNIPPET_TERMS_LIMIT ? terms.subList(0, SNIPPET_TERMS_LIMIT) : terms;
            int wanted = q.page() * q.size();
            // count exactly up to what paging can reach (MAX_PAGE pages) and one more; past that Lucene stops
            // counting and skips documents that cannot make the page, and the total is reported as "more than"
            int countUpTo = countUpTo(q);
            TopDocs top = q.sort() == SearchSort.NEWEST || !q.hasText()
                    ? searcher.search(query, new TopFieldCollectorManager(newestFirst(), wanted, null, countUpTo))
                    : searcher.search(query, relevance(wanted, countUpTo));
            List<SearchHit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (q.page() - 1) * q.size(); i < docs.length; i++) {
                hits.add(LuceneDocuments.hit(searcher.storedFields().document(docs[i].doc), docs[i].score, terms));
            }
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            long total = exact ? top.totalHits.value : countUpTo - 1L;
            return new SearchResults(new PageResult<>(hits, q.page(), q.size(), total), exact);
        });
    }

    /**
     * Hits are counted exactly up to this many; a larger result set reports {@code countUpTo - 1} with an inexact
     * total, which still gives paging its {@link SearchQuery#MAX_PAGE} pages.
     */
    static int countUpTo(SearchQuery q) {
        return SearchQuery.MAX_PAGE * q.size() + 1;
    }

    /** Text score plus the recency preference, ranked so that Lucene still skips what cannot reach the page. */
    private RecencyRankedCollectorManager relevance(int wanted, int countUpTo) {
        return new RecencyRankedCollectorManager(
                wanted,
                countUpTo,
                clock.instant(),
                LuceneQueries.RECENCY_WEIGHT,
                Duration.ofDays(LuceneQueries.RECENCY_PIVOT_DAYS));
    }

    @Override
    public long count(SearchQuery q) {
        return read((generation, searcher) -> {
            Query query = LuceneQueries.build(q, generation.analysis(), searcher.getIndexReader());
            return query == null ? 0L : (long) searcher.count(query);
        });
    }

    @Override
    public void put(SearchDocument document) {
        synchronized (writeLock) {
            current.get().put(document);
            if (changedDuringRebuild != null) {
                changedDuringRebuild.add(document.articleId());
            }
        }
    }

    @Override
    public void remove(long articleId) {
        synchronized (writeLock) {
            current.get().delete(articleId);
            if (changedDuringRebuild != null) {
                changedDuringRebuild.add(articleId);
            }
        }
    }

    @Override
    public void rebuild(DocumentSource source, Collection<String> dictionary) {
        synchronized (rebuildLock) {
            long started = System.nanoTime();
            synchronized (writeLock) {
                changedDuringRebuild = new HashSet<>();
            }
            IndexGeneration fresh = null;
            try {
                String name = newGenerationName();
                fresh = IndexGeneration.open(root.resolve(name), dictionary, REBUILD_BUFFER_MB);
                long added = fresh.fill(source);
                fresh.writer().commit();
                IndexGeneration old;
                synchronized (writeLock) {
                    for (long id : changedDuringRebuild) {
                        var doc = source.load(id);
                        if (doc.isPresent()) {
                            fresh.put(doc.get());
                        } else {
                            fresh.delete(id);
                        }
                    }
                    fresh.writer().commit();
                    fresh.refresh();
                    Files.writeString(root.resolve(CURRENT), name);
                    old = current.getAndSet(fresh);
                    changedDuringRebuild = null;
                }
                log.info(
                        "search index rebuilt: {} articles in {} ms", added, (System.nanoTime() - started) / 1_000_000);
                old.retire();
            } catch (IOException | RuntimeException e) {
                synchronized (writeLock) {
                    changedDuringRebuild = null;
                }
                if (fresh != null) {
                    fresh.retire();
                }
                throw e instanceof IOException io
                        ? new UncheckedIOException("search index rebuild failed", io)
                        : (RuntimeException) e;
            }
        }
    }

    @Override
    public long[] indexedIds() {
        return read((generation, searcher) -> {
            long[] ids = new long[searcher.getIndexReader().numDocs()];
            int n = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                NumericDocValues values = leaf.reader().getNumericDocValues(LuceneDocuments.ID_VALUE);
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if ((live == null || live.get(doc)) && n < ids.length) {
                        ids[n++] = values.longValue();
                    }
                }
            }
            long[] result = Arrays.copyOf(ids, n);
            Arrays.sort(result);
            return result;
        });
    }

    @Override
    public Instant lastUpdated() {
        return read((generation, searcher) -> {
            TopDocs newest = searcher.search(
                    new MatchAllDocsQuery(),
                    1,
                    new Sort(new SortField(LuceneDocuments.UPDATED_VALUE, SortField.Type.LONG, true)));
            if (newest.scoreDocs.length == 0) {
                return null;
            }
            var doc = searcher.storedFields().document(newest.scoreDocs[0].doc);
            return Instant.ofEpochMilli(
                    doc.getField(LuceneDocuments.UPDATED).numericValue().longValue());
        });
    }

    @Override
    public Set<String> dictionary() {
        return current.get().analysis().dictionary();
    }

    /**
     * An index written before the publication time had points and doc values (the recency score reads them, the
     * newest-first sort skips with them) still works, without recency; it is outdated until rebuilt.
     */
    @Override
    public boolean outdated() {
        return read((generation, searcher) -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (leaf.reader().numDocs() > 0 && leaf.reader().getPointValues(LuceneDocuments.TIME_VALUE) == null) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public List<String> words(String text) {
        return current.get().analysis().words(text);
    }

    @Override
    public void commit() {
        synchronized (writeLock) {
            try {
                current.get().writer().commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Kept in memory only in this branch; the change-sequence work stores it with the index generation. */
    @Override
    public long appliedChange() {
        return appliedChange.get();
    }

    @Override
    public void markApplied(long change) {
        appliedChange.accumulateAndGet(change, Math::max);
    }

    /** Bytes on disk of the current generation. */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.list(current.get().path())) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                IndexGeneration generation = current.get();
                generation.writer().commit();
                generation.close();
            } catch (IOException e) {
                log.warn("closing the search index failed", e);
            }
        }
    }

    /** What a read does with a searcher of a generation; may throw IOException. */
    private interface Read<T> {
        T apply(IndexGeneration generation, IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs a read on the current generation. A rebuild may retire the generation between reading {@code current}
     * and acquiring its searcher; then the read is retried once on the new one.
     */
    private <T> T read(Read<T> read) {
        for (int attempt = 0; ; attempt++) {
            IndexGeneration generation = current.get();
            IndexSearcher searcher;
            try {
                searcher = generation.searchers().acquire();
            } catch (AlreadyClosedException e) {
                if (attempt > 0) {
                    throw e;
                }
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return read.apply(generation, searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    generation.searchers().release(searcher);
                } catch (IOException e) {
                    log.warn("releasing a searcher failed", e);
                }
            }
        }
    }

    private static Sort newestFirst() {
        return new Sort(
                new SortField(LuceneDocuments.TIME_VALUE, SortField.Type.LONG, true),
                new SortField(LuceneDocuments.ID_VALUE, SortField.Type.LONG, true));
    }

    private static String newGenerationName() {
        return "index-" + System.currentTimeMillis() + "-" + System.nanoTime() % 100_000;
    }
}
