package com.masthead.search.web;

import com.masthead.search.SearchDocument;
import com.masthead.search.SearchIndex;
import com.masthead.search.SearchQuery;
import com.masthead.search.SearchResults;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real index whose rebuilds wait at a gate the test opens, so a test sees an instance in the middle of its
 * initial build for as long as it needs to. Everything else goes straight to the index.
 */
final class GatedSearchIndex implements SearchIndex, AutoCloseable {

    private final SearchIndex index;
    private final CountDownLatch gate;

    GatedSearchIndex(SearchIndex index, CountDownLatch gate) {
        this.index = index;
        this.gate = gate;
    }

    private void waitAtTheGate() {
        try {
            if (!gate.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never opened the rebuild gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void rebuild(DocumentSource source, Collection<String> dictionary) {
        waitAtTheGate();
        index.rebuild(source, dictionary);
    }

    @Override
    public void rebuild(DocumentSource source, Collection<String> dictionary, long dictionaryVersion) {
        waitAtTheGate();
        index.rebuild(source, dictionary, dictionaryVersion);
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return index.search(query);
    }

    @Override
    public long count(SearchQuery query) {
        return index.count(query);
    }

    @Override
    public void put(SearchDocument document) {
        index.put(document);
    }

    @Override
    public void remove(long articleId) {
        index.remove(articleId);
    }

    @Override
    public long dictionaryVersion() {
        return index.dictionaryVersion();
    }

    @Override
    public long appliedChange() {
        return index.appliedChange();
    }

    @Override
    public void markApplied(long change) {
        index.markApplied(change);
    }

    @Override
    public long[] indexedIds() {
        return index.indexedIds();
    }

    @Override
    public Instant lastUpdated() {
        return index.lastUpdated();
    }

    @Override
    public Set<String> dictionary() {
        return index.dictionary();
    }

    @Override
    public List<String> words(String text) {
        return index.words(text);
    }

    @Override
    public boolean outdated() {
        return index.outdated();
    }

    @Override
    public void commit() {
        index.commit();
    }

    @Override
    public void close() throws Exception {
        if (index instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
