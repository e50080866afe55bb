package com.masthead.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * One index directory with its writer, near-real-time searchers and the analysis it was built with. A rebuild
 * makes a new generation in a new directory; the old one is closed once the new one is current.
 */
final class IndexGeneration implements Closeable {

    private static final String DICTIONARY_KEY = "dictionary";

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

    private IndexGeneration(Path path, Directory directory, IndexWriter writer, ChineseAnalysis analysis)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.analysis = analysis;
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

    /** Opens the index in {@code path}, creating an empty one with {@code dictionary} if there is none. */
    static IndexGeneration open(Path path, Collection<String> dictionary, double ramBufferMb) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        Set<String> terms = Set.copyOf(dictionary);
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String stored = reader.getIndexCommit().getUserData().get(DICTIONARY_KEY);
                terms = stored == null || stored.isEmpty() ? Set.of() : Set.of(stored.split("\n"));
            }
        }
        ChineseAnalysis analysis = new ChineseAnalysis(terms);
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb);
        IndexWriter writer = new IndexWriter(directory, config);
        List<String> sorted = new ArrayList<>(analysis.dictionary());
        sorted.sort(null);
        writer.setLiveCommitData(
                Map.of(DICTIONARY_KEY, String.join("\n", sorted)).entrySet());
        writer.commit();
        return new IndexGeneration(path, directory, writer, analysis);
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
