package com.masthead.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

/**
 * Loads a new index generation in bulk requests, one per batch of the document source. The batch is analysed on
 * all cores first (smartcn and the bigrams are the expensive part of a rebuild); a bulk request with any failed
 * item fails the rebuild.
 */
final class OpenSearchBulkLoad {

    private final OpenSearchClient client;
    private final String index;
    private final ChineseAnalysis analysis;
    private long loaded;

    OpenSearchBulkLoad(OpenSearchClient client, String index, ChineseAnalysis analysis) {
        this.client = client;
        this.index = index;
        this.analysis = analysis;
    }

    /** Indexes a batch; returns null (for {@link OpenSearchSearchIndex#call}). */
    Void add(List<SearchDocument> batch) throws IOException {
        if (batch.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> docs = batch.parallelStream()
                .map(d -> OpenSearchDocuments.of(d, analysis))
                .toList();
        List<BulkOperation> operations = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Map<String, Object> doc = docs.get(i);
            String id = Long.toString(batch.get(i).articleId());
            operations.add(
                    BulkOperation.of(o -> o.index(x -> x.index(index).id(id).document(doc))));
        }
        send(operations);
        loaded += batch.size();
        return null;
    }

    /** Re-reads the articles changed while loading: indexes the current version or deletes a vanished one. */
    void replay(Collection<Long> ids, SearchIndex.DocumentSource source) {
        List<BulkOperation> operations = new ArrayList<>();
        for (long id : ids) {
            Optional<SearchDocument> doc = source.load(id);
            String key = Long.toString(id);
            operations.add(
                    doc.isPresent()
                            ? BulkOperation.of(o -> o.index(
                                    x -> x.index(index).id(key).document(OpenSearchDocuments.of(doc.get(), analysis))))
                            : BulkOperation.of(o -> o.delete(x -> x.index(index).id(key))));
        }
        if (!operations.isEmpty()) {
            OpenSearchSearchIndex.call(() -> {
                send(operations);
                return null;
            });
        }
    }

    long loaded() {
        return loaded;
    }

    private void send(List<BulkOperation> operations) throws IOException {
        BulkResponse response = client.bulk(b -> b.operations(operations));
        if (response.errors()) {
            var failed = response.items().stream()
                    .filter(item -> item.error() != null && item.status() != 404)
                    .findFirst();
            if (failed.isPresent()) {
                throw new IllegalStateException("bulk indexing into " + index + " failed: "
                        + failed.get().error().reason());
            }
        }
    }
}
