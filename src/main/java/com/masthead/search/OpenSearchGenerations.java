package com.masthead.search;

import jakarta.json.JsonString;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;

/**
 * The indices behind the alias {@code <prefix>-articles}: which one it points to, what its {@code _meta} says
 * (the newsroom dictionary it was analysed with, its layout and the applied change position), creating a new one,
 * switching the alias atomically, and dropping an old one. Every call goes to the cluster.
 */
final class OpenSearchGenerations {

    /** The document layout this code writes; an index of another layout is {@link SearchIndex#outdated()}. */
    static final int LAYOUT = 1;

    private static final String DICTIONARY = "dictionary";
    private static final String LAYOUT_KEY = "layout";
    private static final String APPLIED = "applied_change";

    private final OpenSearchClient client;
    private final OpenSearchProperties properties;
    private final Clock clock;

    OpenSearchGenerations(OpenSearchClient client, OpenSearchProperties properties, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    /** An index generation as stored in the cluster. */
    record Generation(String name, ChineseAnalysis analysis, int layout, long appliedChange) {}

    /** The generation the alias points to, creating an empty one for {@code dictionary} when there is none. */
    Generation current(Collection<String> dictionary) throws IOException {
        String alias = properties.alias();
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            String name = create(dictionary, 0, false);
            client.indices()
                    .updateAliases(
                            u -> u.actions(a -> a.add(add -> add.index(name).alias(alias))));
        }
        String name = client.indices()
                .getAlias(g -> g.name(alias))
                .result()
                .keySet()
                .iterator()
                .next();
        return read(name);
    }

    Generation read(String name) throws IOException {
        TypeMapping mapping = client.indices()
                .getMapping(m -> m.index(name))
                .result()
                .get(name)
                .mappings();
        Map<String, JsonData> meta = mapping.meta();
        List<String> terms = meta.containsKey(DICTIONARY)
                ? meta.get(DICTIONARY).toJson().asJsonArray().getValuesAs(JsonString::getString)
                : List.of();
        int layout = meta.containsKey(LAYOUT_KEY) ? meta.get(LAYOUT_KEY).to(Integer.class) : 0;
        long applied = meta.containsKey(APPLIED) ? meta.get(APPLIED).to(Long.class) : 0L;
        return new Generation(name, new ChineseAnalysis(terms), layout, applied);
    }

    /**
     * Creates a new index for {@code dictionary} carrying {@code appliedChange}; for a bulk load ({@code
     * loading}) without replicas and refreshes, which {@link #ready} turns on.
     */
    String create(Collection<String> dictionary, long appliedChange, boolean loading) throws IOException {
        String name = properties.alias() + "-" + clock.millis() + "-" + System.nanoTime() % 1000;
        client.indices()
                .create(c -> c.index(name)
                        .settings(s -> s.numberOfShards(properties.shards())
                                .numberOfReplicas(loading ? 0 : properties.replicas())
                                .refreshInterval(t -> t.time(loading ? "-1" : "1s")))
                        .mappings(OpenSearchDocuments.mapping(meta(dictionary, appliedChange))));
        return name;
    }

    /** Ends a bulk load: replicas and refreshes as configured, and everything loaded visible. */
    void ready(String name) throws IOException {
        client.indices()
                .putSettings(p -> p.index(name)
                        .settings(s -> s.numberOfReplicas(properties.replicas()).refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(name));
    }

    /** Points the alias at {@code next} and away from {@code previous} in one cluster-state change. */
    void switchAlias(String previous, String next) throws IOException {
        String alias = properties.alias();
        client.indices()
                .updateAliases(u -> u.actions(a -> a.add(add -> add.index(next).alias(alias)))
                        .actions(a -> a.remove(r -> r.index(previous).alias(alias))));
    }

    /** Stores the applied change position (with the rest of the {@code _meta}) on the index {@code name}. */
    void storeApplied(Generation generation, long appliedChange) throws IOException {
        Map<String, JsonData> meta = meta(generation.analysis().dictionary(), appliedChange);
        client.indices().putMapping(p -> p.index(generation.name()).meta(meta));
    }

    /** Deletes an index; one already gone is no error. */
    void drop(String name) {
        try {
            client.indices().delete(d -> d.index(name));
        } catch (IOException | OpenSearchException e) {
            org.slf4j.LoggerFactory.getLogger(OpenSearchGenerations.class)
                    .warn("could not delete search index {}", name, e);
        }
    }

    private static Map<String, JsonData> meta(Collection<String> dictionary, long appliedChange) {
        Map<String, JsonData> meta = new LinkedHashMap<>();
        meta.put(DICTIONARY, JsonData.of(dictionary.stream().sorted().toList()));
        meta.put(LAYOUT_KEY, JsonData.of(LAYOUT));
        meta.put(APPLIED, JsonData.of(appliedChange));
        return meta;
    }
}
