package com.masthead.search;

import static com.masthead.search.LuceneSearchIndexTests.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.support.OpenSearchNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch backend against a real node: rebuilds switch the alias while searches keep answering, a failed
 * rebuild leaves the old index serving, the applied change position lives with the index, and the ranking is that
 * of the Lucene backend on the same documents.
 */
class OpenSearchSearchIndexIntegrationTests {

    private static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");
    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final String prefix = "unit" + PREFIXES.incrementAndGet() + "x" + System.nanoTime() % 100_000;

    private OpenSearchSearchIndex index(List<String> dictionary) {
        OpenSearchProperties properties = new OpenSearchProperties(
                List.of(URI.create(OpenSearchNode.shared().url())), null, null, null, null, null, prefix, null, null);
        OpenSearchSearchIndex index =
                new OpenSearchSearchIndex(OpenSearchClients.create(properties), properties, dictionary, CLOCK);
        open.add(index);
        return index;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void searchesKeepAnsweringFromTheOldIndexDuringARebuildWhichThenSwitchesTheAlias() {
        OpenSearchSearchIndex index = index(List.of());
        index.put(doc(1, "旧稿港口新闻", "正文。"));
        Map<Long, SearchDocument> database = new TreeMap<>();
        for (long id = 1; id <= 1200; id++) {
            database.put(id, doc(id, "新稿港口新闻" + id, "自动化码头正文。"));
        }
        List<Long> seenDuringRebuild = new ArrayList<>();
        SearchIndex.DocumentSource source = new SearchIndex.DocumentSource() {
            @Override
            public void forEachBatch(Consumer<List<SearchDocument>> batch) {
                List<SearchDocument> all = List.copyOf(database.values());
                for (int i = 0; i < all.size(); i += 500) {
                    batch.accept(all.subList(i, Math.min(all.size(), i + 500)));
                    // readers search meanwhile: the old index answers
                    seenDuringRebuild.addAll(ids(index, "旧稿"));
                    if (i == 500) {
                        // a change arrives in the middle of the rebuild
                        database.put(5000L, doc(5000, "港口新到稿件", "正文。"));
                        index.put(database.get(5000L));
                    }
                }
            }

            @Override
            public Optional<SearchDocument> load(long articleId) {
                return Optional.ofNullable(database.get(articleId));
            }
        };

        index.rebuild(source, List.of("港口新闻"));

        assertThat(seenDuringRebuild).containsOnly(1L).hasSize(3);
        assertThat(ids(index, "旧稿")).isEmpty();
        assertThat(index.count(SearchQuery.of("自动化码头"))).isEqualTo(1200);
        assertThat(ids(index, "新到稿件")).containsExactly(5000L);
        assertThat(index.dictionary()).containsExactly("港口新闻");
        assertThat(index.indexedIds()).hasSize(1201).startsWith(1L, 2L).endsWith(5000L);
    }

    @Test
    void aFailedRebuildDropsItsHalfBuiltIndexAndTheOldOneKeepsServing() {
        OpenSearchSearchIndex index = index(List.of());
        index.put(doc(1, "旧稿港口新闻", "正文。"));
        SearchIndex.DocumentSource failing = new SearchIndex.DocumentSource() {
            @Override
            public void forEachBatch(Consumer<List<SearchDocument>> batch) {
                batch.accept(List.of(doc(2, "新稿", "正文。")));
                throw new IllegalStateException("the database went away");
            }

            @Override
            public Optional<SearchDocument> load(long articleId) {
                return Optional.empty();
            }
        };

        assertThatThrownBy(() -> index.rebuild(failing, List.of("港口新闻")))
                .hasMessageContaining("the database went away");

        assertThat(ids(index, "旧稿")).containsExactly(1L);
        assertThat(index.indexedIds()).containsExactly(1L);
        assertThat(index.dictionary()).isEmpty();
    }

    @Test
    void theAppliedChangeIsStoredWithTheIndexSharedByInstancesAndCarriedIntoARebuild() {
        OpenSearchSearchIndex one = index(List.of());
        assertThat(one.appliedChange()).isZero();
        one.markApplied(42);
        one.commit();

        OpenSearchSearchIndex other = index(List.of());
        assertThat(other.appliedChange()).isEqualTo(42);

        other.rebuild(sourceOf(doc(1, "港口新闻", "正文。")), List.of());
        OpenSearchSearchIndex third = index(List.of());
        assertThat(third.appliedChange()).isEqualTo(42);
        third.markApplied(40);
        third.commit();
        assertThat(index(List.of()).appliedChange()).isEqualTo(42);
    }

    @Test
    void ranksLikeTheLuceneBackend() {
        List<String> dictionary = List.of("抚远");
        List<SearchDocument> docs = List.of(
                doc(1, "港口新闻", "今年自动化码头二期工程投运，效率提升。"),
                doc(2, "自动化码头二期投运", "港口新闻。"),
                doc(3, "抚远口岸过货量创新高", "边境口岸今年过货量创新高。"),
                doc(4, "边境口岸新闻", "古人招抚远方来客，口岸今年过货量创新高。"),
                doc(5, "自动化码头", "旧闻。", NOW.minus(400, ChronoUnit.DAYS)),
                doc(6, "自动化码头", "新闻。", NOW.minus(1, ChronoUnit.DAYS)),
                doc(7, "码头工人节日坚守岗位", "自动化改造后码头更安全。"));
        OpenSearchSearchIndex cluster = index(dictionary);
        cluster.rebuild(sourceOf(docs.toArray(SearchDocument[]::new)), dictionary);
        try (LuceneSearchIndex lucene = LuceneSearchIndex.open(dir.resolve("lucene"), dictionary, CLOCK)) {
            docs.forEach(lucene::put);
            for (String q : List.of("自动化码头", "抚远", "口岸", "码头", "港", "新闻 码头", "过货量")) {
                assertThat(ids(cluster, q)).as(q).isEqualTo(ids(lucene, q));
                assertThat(cluster.search(SearchQuery.of(q).withSort(SearchSort.NEWEST)).hits().items().stream()
                                .map(SearchHit::articleId)
                                .toList())
                        .as(q + " newest first")
                        .isEqualTo(lucene.search(SearchQuery.of(q).withSort(SearchSort.NEWEST)).hits().items().stream()
                                .map(SearchHit::articleId)
                                .toList());
            }
            SearchHit hit = cluster.search(SearchQuery.of("抚远")).hits().items().get(0);
            SearchHit same = lucene.search(SearchQuery.of("抚远")).hits().items().get(0);
            assertThat(hit.titleFragments()).isEqualTo(same.titleFragments());
            assertThat(hit.snippet()).isEqualTo(same.snippet());
        }
    }

    private static List<Long> ids(SearchIndex index, String q) {
        return index.search(SearchQuery.of(q)).hits().items().stream()
                .map(SearchHit::articleId)
                .toList();
    }

    private static SearchIndex.DocumentSource sourceOf(SearchDocument... docs) {
        return new SearchIndex.DocumentSource() {
            @Override
            public void forEachBatch(Consumer<List<SearchDocument>> batch) {
                batch.accept(List.of(docs));
            }

            @Override
            public Optional<SearchDocument> load(long id) {
                return java.util.Arrays.stream(docs)
                        .filter(d -> d.articleId() == id)
                        .findFirst();
            }
        };
    }
}
