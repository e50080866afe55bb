package com.masthead.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.search.SearchIndex;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Search over real HTTP: the page, the staff API, and the index following publish and take-down at once. */
interface SearchContract extends SiteClient {

    /** The database, to change it behind the index's back as another instance's transaction does. */
    JdbcClient database();

    /** This instance's search index. */
    SearchIndex searchIndex();

    /**
     * Changes an article's title in the database without any event, as another instance's transaction does: with
     * its row in the article change sequence, and {@code updated_at} moved by {@code updatedAtDelta} milliseconds
     * (that instance's clock).
     */
    private void changeBehindTheIndexesBack(long articleId, String title, long updatedAtDelta) {
        database()
                .sql("update article set title = :title, updated_at = updated_at + :delta where id = :id")
                .param("title", title)
                .param("delta", updatedAtDelta)
                .param("id", articleId)
                .update();
        database()
                .sql("insert into article_change (article_id, changed_at) values (:id, 0)")
                .param("id", articleId)
                .update();
    }

    /** Adds a dictionary term in the database without any event, as another instance's change arrives here. */
    private void addTermBehindTheIndexesBack(String term) {
        database()
                .sql("insert into search_term (term, kind, created_at) values (:term, 'OTHER', 0)")
                .param("term", term)
                .update();
        raiseDictionaryVersion();
    }

    private void removeTermBehindTheIndexesBack(String term) {
        database()
                .sql("delete from search_term where term = :term")
                .param("term", term)
                .update();
        raiseDictionaryVersion();
    }

    private void raiseDictionaryVersion() {
        database()
                .sql("update search_dictionary_version set version = version + 1")
                .update();
    }

    /** The dictionary the current index of this instance was built with. */
    private Set<String> indexDictionary() {
        return searchIndex().dictionary();
    }

    @Test
    default void aDictionaryTermAddedByAnotherInstanceIsPickedUpWithoutARestart() {
        String term = "滨澜航运枢纽" + marker();
        addTermBehindTheIndexesBack(term);
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(indexDictionary()).contains(term);
                assertThat(api("GET", "/api/v1/search/check")
                                .json()
                                .get("rebuilding")
                                .asBoolean())
                        .isFalse();
            });
        } finally {
            removeTermBehindTheIndexesBack(term);
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(indexDictionary()).doesNotContain(term));
    }

    @Test
    default void aChangeFromAnotherInstanceIsCaughtUpWhateverTimeItIsStampedWith() {
        JsonNode article = anArticle("跨实例检索 " + marker()).publish();
        // a catch-up runs and moves past the article's change
        api("GET", "/api/v1/search?q=" + marker()).as(StaffRole.REPORTER).json();
        String word = marker();

        // another instance, whose clock is three hours behind, commits a change now
        changeBehindTheIndexesBack(article.get("id").asLong(), "跨实例检索 " + word, -3 * 3_600_000L);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page(searchUrl(word)).select(".search-result"))
                        .hasSize(1));
    }

    @Test
    default void publishedArticleIsFoundAndATakenDownOneDisappearsAtOnce() {
        String word = marker();
        JsonNode published = anArticle("滨澜港自动化码头投运 " + word).publish();

        Document found = page(searchUrl(word));
        assertThat(found.select(".search-result-title").eachText()).containsExactly("滨澜港自动化码头投运 " + word);
        assertThat(found.selectFirst(".search-result-title mark").text()).isEqualToIgnoringCase(word);
        assertThat(found.selectFirst(".search-result-title").attr("href"))
                .isEqualTo(published.get("url").asString());

        api("POST", "/api/v1/articles/" + published.get("id").asLong() + "/unpublish")
                .body(Map.of("reason", "测试撤稿"))
                .send();

        assertThat(page(searchUrl(word)).select(".search-result")).isEmpty();
    }

    @Test
    default void staffSearchFindsDraftsThePublicNeverSees() {
        String word = marker();
        long draft = anArticle("草稿 " + word).create();

        JsonNode staff =
                api("GET", "/api/v1/search?q=" + word).as(StaffRole.REPORTER).json();

        assertThat(staff.get("items")).hasSize(1);
        assertThat(staff.get("items").get(0).get("id").asLong()).isEqualTo(draft);
        assertThat(staff.get("items").get(0).get("status").asString()).isEqualTo("DRAFT");
        assertThat(page(searchUrl(word)).select(".search-result")).isEmpty();
        assertThat(api("GET", "/api/v1/search?q=" + word).anonymously().send().statusCode())
                .isEqualTo(401);
        assertThat(api("GET", "/api/v1/search?status=DRAFT&q=" + word)
                        .as(StaffRole.REPORTER)
                        .json()
                        .get("items"))
                .hasSize(1);
        assertThat(api("GET", "/api/v1/search?status=PUBLISHED&q=" + word)
                        .as(StaffRole.REPORTER)
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(api("GET", "/api/v1/search?status=BOGUS&q=" + word)
                        .as(StaffRole.REPORTER)
                        .send()
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    default void reportersAndOtherBylineNamesAreSearchableText() {
        String word = marker();
        anArticle("质量强市建设推进会召开 " + word)
                .byline("REPORTER", "丁莹")
                .byline("CORRESPONDENT", "欧阳春晓")
                .publish();

        assertThat(page(searchUrl("丁莹 " + word)).select(".search-result")).hasSize(1);
        assertThat(page(searchUrl("欧阳春晓 " + word)).select(".search-result")).hasSize(1);
        assertThat(api("GET", "/api/v1/search?q=" + URLEncoder.encode("丁莹 " + word, StandardCharsets.UTF_8))
                        .as(StaffRole.REPORTER)
                        .json()
                        .get("items"))
                .hasSize(1);
        assertThat(page(searchUrl("李岩 " + word)).select(".search-result")).isEmpty();
    }

    @Test
    default void chineseWordsInsideLongerWordsAreFound() {
        String word = marker();
        anArticle("新版安全管理器上线 " + word).publish();

        assertThat(page(searchUrl("安全 " + word)).select(".search-result")).hasSize(1);
        assertThat(page(searchUrl("管理器 " + word)).select(".search-result")).hasSize(1);
    }

    @Test
    default void noResultsPageSuggestsShorterSearchesAndRecentNews() {
        String word = marker();
        anArticle("港口新闻 " + word).publish();

        Document doc = page(searchUrl(word + " 不存在的词语组合"));

        assertThat(doc.select(".search-result")).isEmpty();
        assertThat(doc.selectFirst(".search-empty .empty").text()).contains("没有找到");
        assertThat(doc.select(".search-suggestions a").eachText()).contains(word.toLowerCase());
        assertThat(doc.select(".search-empty .latest a")).isNotEmpty();
    }

    @Test
    default void oddInputNeverBreaksThePage() {
        for (String odd : new String[] {"title:(码头 AND", "\"", "*?~", "[1 TO", "\\"}) {
            assertThat(get(searchUrl(odd)).statusCode()).as(odd).isEqualTo(200);
        }
        assertThat(get("/search?q=港口&channel=abc&from=yesterday&page=-3&sort=%00")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    default void dictionaryTermTakesEffectWithoutRestart() {
        String word = marker();
        anArticle("抚远口岸过货量创新高 " + word).publish();

        JsonNode added = api("POST", "/api/v1/search/dictionary")
                .body(Map.of("term", "抚远", "kind", "PLACE"))
                .json();
        assertThat(added.get("term").asString()).isEqualTo("抚远");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode check = api("GET", "/api/v1/search/check").json();
            assertThat(check.get("rebuilding").asBoolean()).isFalse();
            assertThat(check.get("missingCount").asLong()).isZero();
        });
        assertThat(page(searchUrl("抚远 " + word)).select(".search-result")).hasSize(1);
    }

    @Test
    default void consistencyCheckAgreesAfterARebuild() {
        anArticle("一致性检查 " + marker()).publish();

        assertThat(api("POST", "/api/v1/search/rebuild").send().statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode check = api("GET", "/api/v1/search/check").json();
            assertThat(check.get("rebuilding").asBoolean()).isFalse();
            assertThat(check.get("missingCount").asLong()).isZero();
            assertThat(check.get("extraCount").asLong()).isZero();
            assertThat(check.get("indexedPublished").asLong())
                    .isEqualTo(check.get("databasePublished").asLong());
        });
    }

    private ContentFixtures.ArticleBuilder anArticle(String title) {
        ContentFixtures f = fixtures();
        long channel = f.channel("搜索测试", null).get("id").asLong();
        return f.article(channel).set("title", title).set("summary", "用于搜索测试的导语。");
    }

    /** A Latin word no other test's article contains, so tests sharing a database never see each other's hits. */
    private static String marker() {
        return ContentFixtures.unique("kw").replace("-", "x");
    }

    private static String searchUrl(String q) {
        return "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
