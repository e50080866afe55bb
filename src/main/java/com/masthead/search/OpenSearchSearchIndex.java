package com.masthead.search;

import com.masthead.shared.PageResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.TotalHitsRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index in an OpenSearch cluster, shared by every instance: an alias ({@code <prefix>-articles}) in
 * front of one index generation. Text is analysed in Masthead ({@link OpenSearchDocuments}); queries are those of
 * the Lucene backend ({@link OpenSearchQueries}). Single writes refresh at once, so a change is searchable when
 * {@link #put}/{@link #remove} return. A rebuild bulk-loads a new generation while searches use the alias, then
 * switches the alias in one step; a failed rebuild deletes its half-built index and leaves the alias where it
 * was. When the cluster cannot be reached every method throws {@link SearchUnavailableException}.
 */
public final class OpenSearchSearchIndex implements SearchIndex, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSearchIndex.class);
    private static final int SNIPPET_TERMS_LIMIT = 20;
    private static final int ID_PAGE = 10_000;

    private final OpenSearchClient client;
    private final String alias;
    private final Clock clock;
    private final OpenSearchGenerations generations;
    private final Collection<String> initialDictionary;
    private final Object writeLock = new Object();
    private final Object rebuildLock = new Object();
    private final AtomicLong applied = new AtomicLong();
    private volatile OpenSearchGenerations.Generation current;
    private Set<Long> changedDuringRebuild; // guarded by writeLock

    OpenSearchSearchIndex(
            OpenSearchClient client, OpenSearchProperties properties, Collection<String> dictionary, Clock clock) {
        this.client = client;
        this.alias = properties.alias();
        this.clock = clock;
        this.generations = new OpenSearchGenerations(client, properties, clock);
        this.initialDictionary = List.copyOf(dictionary);
    }

    @Override
    public SearchResults search(SearchQuery q) {
        ChineseAnalysis analysis = generation().analysis();
        Query query = OpenSearchQueries.build(q, analysis, clock);
        if (query == null) {
            return new SearchResults(new PageResult<>(List.of(), q.page(), q.size(), 0), true);
        }
        List<String> terms = LuceneQueries.highlightTerms(q, analysis);
        List<String> marked = terms.size() > SNIPPET_TERMS_LIMIT ? terms.subList(0, SNIPPET_TERMS_LIMIT) : terms;
        int countUpTo = LuceneSearchIndex.countUpTo(q);
        boolean newest = q.sort() == SearchSort.NEWEST || !q.hasText();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = call(() -> client.search(
                s -> {
                    s.index(alias)
                            .query(query)
                            .from((q.page() - 1) * q.size())
                            .size(q.size())
                            .trackTotalHits(t -> t.count(countUpTo));
                    if (newest) {
                        s.sort(o -> o.field(
                                        f -> f.field(OpenSearchDocuments.TIME).order(SortOrder.Desc)))
                                .sort(o -> o.field(
                                        f -> f.field(OpenSearchDocuments.ID).order(SortOrder.Desc)));
                    }
                    return s;
                },
                Map.class));
        List<SearchHit> hits = new ArrayList<>();
        for (@SuppressWarnings("rawtypes") Hit<Map> hit : response.hits().hits()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = hit.source();
            hits.add(OpenSearchDocuments.hit(source, hit.score() == null ? 0 : hit.score(), marked));
        }
        var total = response.hits().total();
        boolean exact = total.relation() == TotalHitsRelation.Eq;
        long count = exact ? total.value() : countUpTo - 1L;
        return new SearchResults(new PageResult<>(hits, q.page(), q.size(), count), exact);
    }

    @Override
    public long count(SearchQuery q) {
        Query query = OpenSearchQueries.build(q, generation().analysis(), clock);
        return query == null
                ? 0
                : call(() -> client.count(c -> c.index(alias).query(query)).count());
    }

    @Override
    public void put(SearchDocument document) {
        Map<String, Object> doc = OpenSearchDocuments.of(document, generation().analysis());
        synchronized (writeLock) {
            call(() -> client.index(i -> i.index(alias)
                    .id(Long.toString(document.articleId()))
                    .document(doc)
                    .refresh(Refresh.True)));
            if (changedDuringRebuild != null) {
                changedDuringRebuild.add(document.articleId());
            }
        }
    }

    @Override
    public void remove(long articleId) {
        synchronized (writeLock) {
            call(() -> client.delete(
                    d -> d.index(alias).id(Long.toString(articleId)).refresh(Refresh.True)));
            if (changedDuringRebuild != null) {
                changedDuringRebuild.add(articleId);
            }
        }
    }

    @Override
    public void rebuild(DocumentSource source, Collection<String> dictionary) {
        synchronized (rebuildLock) {
            long started = System.nanoTime();
            OpenSearchGenerations.Generation old = call(() -> generations.current(initialDictionary));
            // the new index carries the position read now: changes after it are applied again by catching up
            long position = Math.max(old.appliedChange(), applied.get());
            String name = call(() -> generations.create(dictionary, position, true));
            synchronized (writeLock) {
                changedDuringRebuild = new HashSet<>();
            }
            try {
                ChineseAnalysis analysis = new ChineseAnalysis(dictionary);
                OpenSearchBulkLoad load = new OpenSearchBulkLoad(client, name, analysis);
                source.forEachBatch(batch -> call(() -> load.add(batch)));
                synchronized (writeLock) {
                    load.replay(changedDuringRebuild, source);
                    call(() -> {
                        generations.ready(name);
                        generations.switchAlias(old.name(), name);
                        return null;
                    });
                    current = new OpenSearchGenerations.Generation(
                            name, analysis, OpenSearchGenerations.LAYOUT, position);
                    changedDuringRebuild = null;
                }
                log.info(
                        "search index {} rebuilt: {} articles in {} ms",
                        name,
                        load.loaded(),
                        (System.nanoTime() - started) / 1_000_000);
                generations.drop(old.name());
            } catch (RuntimeException e) {
                synchronized (writeLock) {
                    changedDuringRebuild = null;
                }
                generations.drop(name);
                throw e;
            }
        }
    }

    @Override
    public long[] indexedIds() {
        List<Long> ids = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> page = call(() -> client.search(
                    s -> {
                        s.index(alias)
                                .size(ID_PAGE)
                                .source(c -> c.fetch(false))
                                .trackTotalHits(t -> t.enabled(false))
                                .sort(o -> o.field(
                                        f -> f.field(OpenSearchDocuments.ID).order(SortOrder.Asc)));
                        if (from != null) {
                            s.searchAfter(from);
                        }
                        return s;
                    },
                    Map.class));
            var hits = page.hits().hits();
            hits.forEach(h -> ids.add(Long.parseLong(h.id())));
            if (hits.size() < ID_PAGE) {
                return ids.stream().mapToLong(Long::longValue).toArray();
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    @Override
    public Instant lastUpdated() {
        generation();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> newest = call(() -> client.search(
                s -> s.index(alias)
                        .size(1)
                        .sort(o -> o.field(
                                f -> f.field(OpenSearchDocuments.UPDATED).order(SortOrder.Desc))),
                Map.class));
        if (newest.hits().hits().isEmpty()) {
            return null;
        }
        Number updated = (Number) newest.hits().hits().get(0).source().get(OpenSearchDocuments.UPDATED);
        return Instant.ofEpochMilli(updated.longValue());
    }

    /**
     * Read from the cluster each time (another instance may have rebuilt with a new dictionary); when the cluster
     * does not answer, the dictionary last seen, so that nothing starts a rebuild it cannot do.
     */
    @Override
    public Set<String> dictionary() {
        try {
            return reload().analysis().dictionary();
        } catch (SearchUnavailableException e) {
            OpenSearchGenerations.Generation known = current;
            if (known == null) {
                throw e;
            }
            return known.analysis().dictionary();
        }
    }

    @Override
    public List<String> words(String text) {
        return generation().analysis().words(text);
    }

    @Override
    public boolean outdated() {
        return generation().layout() != OpenSearchGenerations.LAYOUT;
    }

    /** Writes the applied change position to the index's {@code _meta} when it moved; single writes need nothing. */
    @Override
    public void commit() {
        OpenSearchGenerations.Generation g = reload();
        long position = applied.get();
        if (position > g.appliedChange()) {
            call(() -> {
                generations.storeApplied(g, position);
                return null;
            });
            current = new OpenSearchGenerations.Generation(g.name(), g.analysis(), g.layout(), position);
        }
    }

    @Override
    public long appliedChange() {
        return Math.max(reload().appliedChange(), applied.get());
    }

    @Override
    public void markApplied(long change) {
        applied.accumulateAndGet(change, Math::max);
    }

    /** Bytes of the current generation's primary shards (what a rebuild wrote, before replicas). */
    public long sizeOnDisk() {
        String name = generation().name();
        return call(() -> client.indices()
                .stats(s -> s.index(name))
                .all()
                .primaries()
                .store()
                .sizeInBytes());
    }

    /** True when the cluster answers; for the health indicator. */
    boolean reachable() {
        try {
            return client.ping().value();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            log.warn("closing the OpenSearch client failed", e);
        }
    }

    private OpenSearchGenerations.Generation generation() {
        OpenSearchGenerations.Generation g = current;
        return g != null ? g : reload();
    }

    private OpenSearchGenerations.Generation reload() {
        OpenSearchGenerations.Generation g = call(() -> generations.current(initialDictionary));
        current = g;
        return g;
    }

    /** A request to the cluster; failures to reach it or answers of an overloaded or broken cluster become 503s. */
    static <T> T call(Request<T> request) {
        try {
            return request.send();
        } catch (IOException e) {
            throw new SearchUnavailableException("OpenSearch cannot be reached: " + e.getMessage(), e);
        } catch (OpenSearchException e) {
            if (e.status() >= 500 || e.status() == 429 || e.status() == 404) {
                // 404: the alias or index went away behind our back; the next call looks it up again
                throw new SearchUnavailableException("OpenSearch refused: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** One call to the cluster. */
    interface Request<T> {
        T send() throws IOException;
    }
}
