package com.masthead.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One index directory with its writer, near-real-time searchers and the analysis it was built with, and the writes
 * to it: one document at a time, or all of a source at once for a rebuild. A rebuild makes a new generation in a
 * new directory; the old one is retired (closed and deleted) once the new one is current.
 */
final class IndexGeneration implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(IndexGeneration.class);

    private static final String DICTIONARY_KEY = "dictionary";
    private static final String DICTIONARY_VERSION_KEY = "dictionary-version";
    private static final String APPLIED_CHANGE_KEY = "applied-change";

    /**
     * Searches a large index in slices of segments on all cores: Lucene hands all but one slice to this pool and
     * works on slices itself meanwhile, so a search never waits for a free pool thread. Small indexes are one slice
     * (see {@link #DOCUMENTS_PER_SLICE}), so this only changes large ones: at a million articles a lone query
     * used one of the two cores (p95 39.9 ms, with slices 29.9 ms; bench/search/RESULTS.md).
     */
    static final int DOCUMENTS_PER_SLICE = 250_000;

    static final int SEGMENTS_PER_SLICE = 5;

    private static final ExecutorService SLICES = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), new NamedDaemonThreads("search-slice"));

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ChineseAnalysis analysis;
    private final long dictionaryVersion;
    private volatile long appliedChange;

    private IndexGeneration(
            Path path, Directory directory, IndexWriter writer, ChineseAnalysis analysis, Map<String, String> stored)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.analysis = analysis;
        this.dictionaryVersion = Long.parseLong(stored.getOrDefault(DICTIONARY_VERSION_KEY, "0"));
        this.appliedChange = Long.parseLong(stored.getOrDefault(APPLIED_CHANGE_KEY, "0"));
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, SLICES) {
                    @Override
                    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                        // one slice below DOCUMENTS_PER_SLICE: Lucene's default also cuts at five segments, which
                        // split a 100,000-article index of eleven segments into three slices for no gain
                        int documents = leaves.stream()
                                .mapToInt(leaf -> leaf.reader().maxDoc())
                                .sum();
                        return documents < DOCUMENTS_PER_SLICE
                                ? slices(leaves, Integer.MAX_VALUE, Integer.MAX_VALUE)
                                : slices(leaves, DOCUMENTS_PER_SLICE, SEGMENTS_PER_SLICE);
                    }
                };
            }
        });
    }

    /**
     * Opens the index in {@code path}, creating an empty one with {@code dictionary} (of {@code dictionaryVersion})
     * if there is none. The commit user data holds the dictionary, its version and the applied change.
     */
    static IndexGeneration open(Path path, Collection<String> dictionary, long dictionaryVersion, double ramBufferMb)
            throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        Map<String, String> stored = Map.of(DICTIONARY_VERSION_KEY, Long.toString(dictionaryVersion));
        Set<String> terms = Set.copyOf(dictionary);
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                stored = reader.getIndexCommit().getUserData();
                String words = stored.get(DICTIONARY_KEY);
                terms = words == null || words.isEmpty() ? Set.of() : Set.of(words.split("\n"));
            }
        }
        ChineseAnalysis analysis = new ChineseAnalysis(terms);
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb);
        IndexWriter writer = new IndexWriter(directory, config);
        IndexGeneration generation = new IndexGeneration(path, directory, writer, analysis, stored);
        generation.markApplied(generation.appliedChange);
        writer.commit();
        return generation;
    }

    long dictionaryVersion() {
        return dictionaryVersion;
    }

    long appliedChange() {
        return appliedChange;
    }

    /** Sets the applied change; written with the next commit. */
    void markApplied(long change) {
        appliedChange = change;
        List<String> sorted = new ArrayList<>(analysis.dictionary());
        sorted.sort(null);
        writer.setLiveCommitData(Map.of(
                        DICTIONARY_KEY,
                        String.join("\n", sorted),
                        DICTIONARY_VERSION_KEY,
                        Long.toString(dictionaryVersion),
                        APPLIED_CHANGE_KEY,
                        Long.toString(change))
                .entrySet());
    }

    Path path() {
        return path;
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    ChineseAnalysis analysis() {
        return analysis;
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** Adds every document of the source, analysing batches on all cores while the source reads the next one. */
    long fill(SearchIndex.DocumentSource source) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] count = {0};
        try {
            source.forEachBatch(batch -> {
                if (failure.get() != null) {
                    return;
                }
                inFlight.acquireUninterruptibly();
                count[0] += batch.size();
                pool.execute(() -> {
                    try {
                        writer.addDocuments(
                                batch.stream().map(LuceneDocuments::of).toList());
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            });
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while rebuilding", e);
            }
        }
        if (failure.get() != null) {
            throw new IOException("indexing a batch failed", failure.get());
        }
        return count[0];
    }

    /** Adds or replaces one article's document and makes it visible to searches at once. */
    void put(SearchDocument document) {
        try {
            writer.updateDocument(LuceneDocuments.idTerm(document.articleId()), LuceneDocuments.of(document));
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes one article's document; searches stop finding it at once. */
    void delete(long articleId) {
        try {
            writer.deleteDocuments(LuceneDocuments.idTerm(articleId));
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes this generation and deletes its directory: it has been replaced, or its rebuild failed. */
    void retire() {
        try {
            close();
        } catch (IOException e) {
            log.warn("closing search index {} failed", path, e);
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("cannot delete old search index {}", path, e);
        }
    }

    /** Daemon threads named {@code prefix-N}, so a thread dump tells them apart and they never keep the JVM up. */
    private static final class NamedDaemonThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        NamedDaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
