package com.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.masthead.article.ArticleStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTests {

    private static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");

    @TempDir
    Path dir;

    private LuceneSearchIndex index;

    private LuceneSearchIndex index(List<String> dictionary) {
        index = LuceneSearchIndex.open(dir.resolve("search"), dictionary, Clock.fixed(NOW, ZoneOffset.UTC));
        return index;
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void bigramPathFindsAStringThatSmartcnCutsDifferently() {
        index(List.of());
        index.put(doc(1, "泓远智能中标港口项目", "江苏泓远智能科技有限公司总工程师杜文斌介绍了调度算法。"));
        ChineseAnalysis analysis = new ChineseAnalysis(List.of());
        // in context smartcn reads 有限公司 / 总工程师, so the words of the query never occur in the index
        assertThat(analysis.words("江苏泓远智能科技有限公司总工程师")).doesNotContain("公司", "总工");
        assertThat(analysis.words("公司总工")).contains("公司");

        assertThat(ids(SearchQuery.of("公司总工"))).containsExactly(1L);
    }

    @Test
    void findsShortWordInsideADictionaryTerm() {
        index(List.of("安全管理器"));
        index.put(doc(1, "新版安全管理器上线", "正文。"));

        assertThat(ids(SearchQuery.of("安全"))).containsExactly(1L);
        assertThat(ids(SearchQuery.of("安全管理器"))).containsExactly(1L);
    }

    @Test
    void titleBeatsBody() {
        index(List.of());
        index.put(doc(1, "港口新闻", "今年自动化码头二期工程投运，效率提升。"));
        index.put(doc(2, "自动化码头二期投运", "港口新闻。"));

        assertThat(ids(SearchQuery.of("自动化码头"))).containsExactly(2L, 1L);
    }

    @Test
    void dictionaryMatchRanksAboveAccidentalCharacterMatch() {
        index(List.of("抚远"));
        // 1 has the place name; 2 has the same two characters across a word boundary (招抚 远方)
        index.put(withSummary(doc(1, "边境口岸新闻", "正文。"), "抚远口岸今年过货量创新高。"));
        index.put(withSummary(doc(2, "边境口岸新闻", "正文。"), "古人招抚远方来客，口岸今年过货量创新高。"));

        assertThat(ids(SearchQuery.of("抚远"))).containsExactly(1L, 2L);
    }

    @Test
    void recentArticleWinsAnOtherwiseEqualMatch() {
        index(List.of());
        index.put(doc(1, "基站建设提速", "正文。", NOW.minus(400, ChronoUnit.DAYS)));
        index.put(doc(2, "基站建设提速", "正文。", NOW.minus(1, ChronoUnit.DAYS)));

        assertThat(ids(SearchQuery.of("基站建设"))).containsExactly(2L, 1L);
    }

    @Test
    void recencyNeverLiftsABodyMatchAboveATitleMatch() {
        index(List.of());
        index.put(doc(1, "港口新闻", "今年自动化码头二期工程投运，效率提升。", NOW));
        index.put(doc(2, "自动化码头二期投运", "港口新闻。", NOW.minus(3000, ChronoUnit.DAYS)));

        assertThat(ids(SearchQuery.of("自动化码头"))).containsExactly(2L, 1L);
    }

    @Test
    void largeResultSetsAreCountedUpToWhatPagingNeeds() {
        index(List.of());
        SearchDocument[] docs = new SearchDocument[SearchQuery.MAX_PAGE * 10 + 100];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = doc(i + 1, "港口第" + (i + 1) + "号新闻", "正文。", NOW.minus(i, ChronoUnit.HOURS));
        }
        index.rebuild(sourceOf(docs), List.of());

        for (SearchSort sort : SearchSort.values()) {
            SearchQuery q = SearchQuery.of("港口").withSort(sort);
            SearchResults first = index.search(q);
            assertThat(first.exactTotal()).as(sort.name()).isFalse();
            assertThat(first.hits().total()).as(sort.name()).isEqualTo(SearchQuery.MAX_PAGE * 10L);
            assertThat(first.hits().totalPages()).isEqualTo(SearchQuery.MAX_PAGE);
            assertThat(first.hits().hasNext()).isTrue();
            assertThat(index.search(q.withPage(SearchQuery.MAX_PAGE, 10)).hits().items())
                    .as(sort.name())
                    .hasSize(10);
        }
        index.put(doc(9999, "滨澜码头投运", "正文。"));
        SearchResults few = index.search(SearchQuery.of("滨澜码头"));
        assertThat(few.exactTotal()).isTrue();
        assertThat(few.hits().total()).isEqualTo(1);
    }

    @Test
    void mixedLatinChineseAndNumbers() {
        index(List.of());
        index.put(doc(1, "全市新建5G基站1200座", "2025年底前实现全覆盖。"));
        index.put(doc(2, "全市新建基站", "明年实现全覆盖。"));

        assertThat(ids(SearchQuery.of("5G 基站"))).containsExactly(1L);
        assertThat(ids(SearchQuery.of("2025年"))).containsExactly(1L);
        assertThat(ids(SearchQuery.of("５ｇ"))).containsExactly(1L);
    }

    @Test
    void everyWordOfTheQueryMustMatch() {
        index(List.of());
        index.put(doc(1, "码头投运", "集装箱吞吐量提升。"));
        index.put(doc(2, "码头招聘", "岸桥司机上岗。"));

        assertThat(ids(SearchQuery.of("码头 集装箱"))).containsExactly(1L);
    }

    @Test
    void malformedSyntaxNeverThrows() {
        index(List.of());
        index.put(doc(1, "码头投运", "正文。"));
        for (String odd : List.of(
                "title:(码头 AND", "\"码头", "码头~2", "*", "?", "[1 TO", "\\", "码头 -", "+-!(){}[]^\"~*?:\\/", "  ", "")) {
            assertThatCode(() -> index.search(SearchQuery.of(odd))).as(odd).doesNotThrowAnyException();
        }
        assertThat(ids(SearchQuery.of("\"码头\""))).containsExactly(1L);
        assertThat(ids(SearchQuery.of("码头~2"))).isEmpty();
    }

    @Test
    void publicSearchSeesOnlyPublishedStaffSeesAll() {
        index(List.of());
        index.put(doc(1, "港口投运", "正文。"));
        index.put(withStatus(doc(2, "港口草稿", "正文。"), ArticleStatus.DRAFT));
        index.put(withStatus(doc(3, "港口撤稿", "正文。"), ArticleStatus.UNPUBLISHED));

        assertThat(ids(SearchQuery.of("港口"))).containsExactly(1L);
        assertThat(ids(SearchQuery.of("港口").withScope(SearchScope.ALL))).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void replacingADocumentIsVisibleAtOnce() {
        index(List.of());
        index.put(doc(1, "港口投运", "正文。"));
        assertThat(ids(SearchQuery.of("港口"))).containsExactly(1L);

        index.put(withStatus(doc(1, "港口投运", "正文。"), ArticleStatus.UNPUBLISHED));

        assertThat(ids(SearchQuery.of("港口"))).isEmpty();
    }

    @Test
    void filtersByChannelPeriodPrintAndReporter() {
        index(List.of());
        index.put(doc(1, "港口新闻", "正文。"));
        SearchDocument other = new SearchDocument(
                2,
                9,
                ArticleStatus.PUBLISHED,
                null,
                "港口新闻",
                null,
                null,
                "正文。",
                List.of("周记者"),
                List.of(),
                NOW.minus(10, ChronoUnit.DAYS),
                NOW,
                "/news/2.html",
                77L,
                7L);
        index.put(other);
        SearchQuery q = SearchQuery.of("港口");

        assertThat(ids(q.withChannels(List.of(9L)))).containsExactly(2L);
        assertThat(ids(q.withPeriod(NOW.minus(2, ChronoUnit.DAYS), null))).containsExactly(1L);
        assertThat(ids(q.withPrint(7L, null))).containsExactly(2L);
        assertThat(ids(q.withPrint(null, 77L))).containsExactly(2L);
        assertThat(ids(q.withReporter("周记者"))).containsExactly(2L);
        assertThat(ids(q.withSort(SearchSort.NEWEST))).containsExactly(1L, 2L);
    }

    @Test
    void hitsCarryHighlightedTitleAndSnippet() {
        index(List.of());
        index.put(doc(1, "自动化码头二期投运", "开头的话。".repeat(20) + "码头年设计吞吐能力提升至420万标准箱。"));

        SearchHit hit = index.search(SearchQuery.of("码头")).hits().items().get(0);

        assertThat(hit.titleFragments()).contains(new Fragment("码头", true));
        assertThat(hit.snippet()).contains(new Fragment("码头", true));
        assertThat(hit.snippet().get(0).text()).isEqualTo("…");
    }

    @Test
    void rebuildSwapsInANewIndexWhileSearchesGoOn() throws Exception {
        index(List.of());
        index.put(doc(1, "港口投运", "正文。"));
        Map<Long, SearchDocument> database = new ConcurrentHashMap<>();
        for (long id = 1; id <= 3000; id++) {
            database.put(id, doc(id, "港口第" + id + "号新闻", "抚远口岸正文。"));
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        Thread searcher = new Thread(() -> {
            while (!done.get()) {
                try {
                    assertThat(index.search(SearchQuery.of("港口")).hits().total())
                            .isGreaterThanOrEqualTo(1);
                    searches.incrementAndGet();
                } catch (Throwable t) {
                    failures.add(t);
                    return;
                }
            }
        });
        searcher.start();
        SearchIndex.DocumentSource source = new SearchIndex.DocumentSource() {
            @Override
            public void forEachBatch(Consumer<List<SearchDocument>> batch) {
                List<Long> ids = database.keySet().stream().sorted().toList();
                for (int i = 0; i < ids.size(); i += 500) {
                    batch.accept(ids.subList(i, Math.min(ids.size(), i + 500)).stream()
                            .map(database::get)
                            .toList());
                    if (i == 1000) {
                        // a change arrives in the middle of the rebuild
                        database.put(4000L, doc(4000, "港口新到稿件", "正文。"));
                        index.put(database.get(4000L));
                    }
                }
            }

            @Override
            public Optional<SearchDocument> load(long id) {
                return Optional.ofNullable(database.get(id));
            }
        };

        index.rebuild(source, List.of("抚远"));
        done.set(true);
        searcher.join();

        assertThat(failures).isEmpty();
        assertThat(searches.get()).isPositive();
        assertThat(index.indexedIds()).hasSize(3001).contains(4000L);
        assertThat(index.dictionary()).containsExactly("抚远");
        assertThat(index.words("抚远口岸")).startsWith("抚远");
        assertThat(dir.resolve("search").toFile().list((d, name) -> name.startsWith("index-")))
                .hasSize(1);
    }

    @Test
    void storesTheAppliedChangeWithTheIndex() {
        index(List.of());
        assertThat(index.appliedChange()).isZero();

        index.markApplied(42);
        index.commit();
        index.close();
        index = LuceneSearchIndex.open(dir.resolve("search"), List.of(), Clock.systemUTC());

        assertThat(index.appliedChange()).isEqualTo(42);
    }

    @Test
    void aRebuildKeepsTheAppliedChangeAndRecordsItsDictionaryVersion() {
        index(List.of());
        assertThat(index.dictionaryVersion()).isZero();
        index.markApplied(7);

        index.rebuild(sourceOf(doc(1, "港口投运", "正文。")), List.of("港口投运"), 3);
        index.close();
        index = LuceneSearchIndex.open(dir.resolve("search"), List.of(), Clock.systemUTC());

        assertThat(index.appliedChange()).isEqualTo(7);
        assertThat(index.dictionaryVersion()).isEqualTo(3);
        assertThat(index.dictionary()).containsExactly("港口投运");
    }

    @Test
    void reopensTheCurrentGenerationWithItsDictionary() {
        index(List.of());
        index.rebuild(sourceOf(doc(1, "港口投运", "正文。")), List.of("港口投运"));
        index.close();

        index = LuceneSearchIndex.open(dir.resolve("search"), List.of(), Clock.systemUTC());

        assertThat(index.dictionary()).containsExactly("港口投运");
        assertThat(index.indexedIds()).containsExactly(1L);
        assertThat(index.lastUpdated()).isEqualTo(NOW);
        assertThat(index.outdated()).isFalse();
    }

    private List<Long> ids(SearchQuery query) {
        return index.search(query).hits().items().stream()
                .map(SearchHit::articleId)
                .toList();
    }

    static SearchDocument doc(long id, String title, String body) {
        return doc(id, title, body, NOW.minus(id, ChronoUnit.MINUTES));
    }

    static SearchDocument doc(long id, String title, String body, Instant published) {
        return new SearchDocument(
                id,
                1,
                ArticleStatus.PUBLISHED,
                null,
                title,
                null,
                null,
                body,
                List.of("王记者"),
                List.of(),
                published,
                NOW,
                "/news/" + id + ".html",
                null,
                null);
    }

    private static SearchDocument withStatus(SearchDocument d, ArticleStatus status) {
        return new SearchDocument(
                d.articleId(),
                d.channelId(),
                status,
                d.kicker(),
                d.title(),
                d.subtitle(),
                d.summary(),
                d.bodyText(),
                d.bylineNames(),
                d.tags(),
                d.publishedAt(),
                d.updatedAt(),
                d.url(),
                d.pageId(),
                d.issueId());
    }

    private static SearchDocument withSummary(SearchDocument d, String summary) {
        return new SearchDocument(
                d.articleId(),
                d.channelId(),
                d.status(),
                d.kicker(),
                d.title(),
                d.subtitle(),
                summary,
                d.bodyText(),
                d.bylineNames(),
                d.tags(),
                d.publishedAt(),
                d.updatedAt(),
                d.url(),
                d.pageId(),
                d.issueId());
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
