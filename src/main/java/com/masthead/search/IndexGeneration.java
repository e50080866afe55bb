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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One index directory with its writer, near-real-time searchers and the analysis it was built with. A rebuild
 * makes a new generation in a new directory; the old one is closed once the new one is current.
 */
final class IndexGeneration implements Closeable {

    private static final String DICTIONARY_KEY = "dictionary";

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
        this.searchers = new SearcherManager(writer, null);
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
}
