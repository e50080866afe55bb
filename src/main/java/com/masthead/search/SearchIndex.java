package com.masthead.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The search index port: a rebuildable cache of the articles in the database. {@link LuceneSearchIndex} keeps it
 * in files on this node; {@link OpenSearchSearchIndex} keeps one index in an OpenSearch cluster that every instance
 * shares ({@code masthead.search.backend}). Implementations are thread-safe; searches never wait for writes or for
 * a rebuild. An implementation whose engine cannot be reached throws {@link SearchUnavailableException}.
 */
public interface SearchIndex {

    /** Never throws on odd input: the text is taken literally. */
    SearchResults search(SearchQuery query);

    /** How many documents match, without fetching them. */
    long count(SearchQuery query);

    /** Adds or replaces the article's document; visible to the next search on return. */
    void put(SearchDocument document);

    /** Removes the article's document if present; visible to the next search on return. */
    void remove(long articleId);

    /**
     * Builds a complete new index from {@code source} with {@code dictionary} and then swaps it in. Searches are
     * answered from the old index meanwhile; documents put or removed during the build are re-read from the source
     * before the swap. Blocks the caller until done; at most one rebuild runs at a time.
     */
    void rebuild(DocumentSource source, Collection<String> dictionary);

    /**
     * Like {@link #rebuild(DocumentSource, Collection)}, and records {@code dictionaryVersion} (the newsroom
     * dictionary's version in the database) with the new index. A backend that does not record it keeps the default,
     * and instances then compare the dictionary's terms instead ({@link #dictionaryVersion()} is -1).
     */
    default void rebuild(DocumentSource source, Collection<String> dictionary, long dictionaryVersion) {
        rebuild(source, dictionary);
    }

    /** The dictionary version the current index was built with; 0 when none was recorded, -1 when not supported. */
    default long dictionaryVersion() {
        return -1;
    }

    /**
     * The position in the article change sequence up to which this index has applied every change; stored with the
     * index (0 for a new or empty index). Shared by every instance that uses the same index.
     */
    long appliedChange();

    /** Records that every change up to {@code change} is applied; durable with the next {@link #commit()}. */
    void markApplied(long change);

    /** Ids of all indexed articles, ascending: for the consistency check. */
    long[] indexedIds();

    /** The newest {@code updatedAt} among indexed documents, or null when empty. */
    Instant lastUpdated();

    /** The newsroom dictionary the current index was built with. */
    Set<String> dictionary();

    /** The words of {@code text} as the current index reads them (its dictionary terms whole, smartcn for the rest). */
    List<String> words(String text);

    /**
     * True when the current index was written in an older layout that still answers searches but lacks something
     * the queries now use; the application then rebuilds it in the background on start.
     */
    default boolean outdated() {
        return false;
    }

    /** Makes the writes so far durable (they are visible before that). May be a no-op. */
    void commit();

    /** The documents of the database, for rebuilding. */
    interface DocumentSource {

        /** Hands every document over in batches, in ascending id order. */
        void forEachBatch(Consumer<List<SearchDocument>> batch);

        /** The current document of one article, or empty if it no longer exists. */
        Optional<SearchDocument> load(long articleId);
    }
}
