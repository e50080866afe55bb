package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.support.ContentFixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one database, each with its own page cache: a change made through one evicts the pages the
 * other has cached (through the shared change signals, within about a second), and only those.
 */
interface SharedInvalidationContract {

    /** The instance the newsroom works through. */
    TwoInstances.Instance editorial();

    /** Another instance serving readers, started after {@link #editorial()} had created {@link #scene()}. */
    TwoInstances.Instance reader();

    Scene scene();

    /**
     * How soon a change made through one instance must show on the other: on PostgreSQL the push (these tests poll
     * only once a minute, so nothing else could deliver it in time), on SQLite the 1 s poll; plus a render.
     */
    Duration freshWithin();

    @Test
    default void anEditPublishedThroughOneInstanceIsFreshOnTheOthersArticleAndListPagesWithinTheBound() {
        TwoInstances.Instance reader = reader();
        TwoInstances.Instance editorial = editorial();
        Scene scene = scene();
        JsonNode story = editorial
                .fixtures()
                .article(scene.channelId())
                .set("title", "待改稿件" + ContentFixtures.unique("e"))
                .publish();
        String url = story.get("url").asString();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(reader.get(scene.channelUrl()).body())
                        .contains(story.get("content").get("title").asString()));
        thenCachedOn(reader, List.of(url, scene.channelUrl()));

        String title = "改后标题" + ContentFixtures.unique("e");
        republish(editorial, scene, story, title);

        await().atMost(freshWithin()).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            assertThat(reader.get(url).body()).as(url).contains(title);
            assertThat(reader.get(scene.channelUrl()).body())
                    .as(scene.channelUrl())
                    .contains(title);
        });
    }

    @Test
    default void aPublicationThroughOneInstanceEvictsTheOtherInstancesCachedPages() {
        TwoInstances.Instance reader = reader();
        Scene scene = scene();
        List<String> affected = List.of("/", scene.channelUrl(), scene.articleUrl(), "/feeds/rss.xml");
        thenCachedOn(reader, affected);
        thenCachedOn(reader, List.of(scene.unrelatedUrl()));

        String title = "另一实例发布" + ContentFixtures.unique("x");
        editorial().fixtures().article(scene.channelId()).set("title", title).publish();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String path : affected) {
                assertThat(reader.get(path).body()).as(path).contains(title);
            }
        });
        assertThat(reader.cacheStatus(scene.unrelatedUrl())).isEqualTo("HIT");
    }

    @Test
    default void aTakeDownThroughOneInstanceRemovesTheStoryFromTheOtherInstance() {
        TwoInstances.Instance reader = reader();
        TwoInstances.Instance editorial = editorial();
        Scene scene = scene();
        JsonNode story = editorial
                .fixtures()
                .article(scene.channelId())
                .set("title", "待撤稿件" + ContentFixtures.unique("y"))
                .publish();
        String url = story.get("url").asString();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(reader.get(scene.channelUrl()).body())
                        .contains(story.get("content").get("title").asString()));
        thenCachedOn(reader, List.of(url, scene.channelUrl()));

        HttpResponse<String> down = editorial
                .api("POST", "/api/v1/articles/" + story.get("id").asLong() + "/unpublish")
                .body(Map.of("reason", "跨实例撤稿"))
                .send();
        assertThat(down.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(reader.get(url).statusCode()).isEqualTo(410);
            assertThat(reader.get(scene.channelUrl()).body())
                    .doesNotContain(story.get("content").get("title").asString());
        });
    }

    /** Edits a published article's title through {@code instance} and publishes the edit. */
    static void republish(TwoInstances.Instance instance, Scene scene, JsonNode story, String title) {
        long id = story.get("id").asLong();
        HttpResponse<String> put = instance.api("PUT", "/api/v1/articles/" + id)
                .header("If-Match", "\"" + story.get("version").asInt() + "\"")
                .body(instance.fixtures()
                        .article(scene.channelId())
                        .set("title", title)
                        .json())
                .send();
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(instance.api("POST", "/api/v1/articles/" + id + "/publish")
                        .send()
                        .statusCode())
                .isEqualTo(200);
    }

    private static void thenCachedOn(TwoInstances.Instance instance, List<String> paths) {
        for (String path : paths) {
            instance.get(path);
            assertThat(instance.cacheStatus(path)).as(path).isEqualTo("HIT");
        }
    }

    /** A channel with a published article, and an unrelated channel, created before the reader instance started. */
    record Scene(long channelId, String channelUrl, String articleUrl, String unrelatedUrl) {

        static Scene create(TwoInstances.Instance through) {
            ContentFixtures f = through.fixtures();
            JsonNode channel = f.channel("跨实例栏目", null);
            JsonNode unrelated = f.channel("跨实例无关", null);
            long channelId = channel.get("id").asLong();
            JsonNode article = f.article(channelId).publish();
            f.article(unrelated.get("id").asLong()).publish();
            return new Scene(
                    channelId,
                    channel.get("url").asString(),
                    article.get("url").asString(),
                    unrelated.get("url").asString());
        }
    }
}
