package com.masthead.site.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.pagecache.TwoInstances;
import com.masthead.support.ContentFixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The blocks pages share (latest news on article pages and the home page, the home page's channel blocks, a
 * channel's article count) are held between renders, yet a change shows on the very next uncached page of the
 * instance that made it and within the change-signal bound on another instance on the same database. Both
 * instances run with the page cache off, so every request renders and only the shared blocks are held.
 */
interface SharedBlocksContract {

    TwoInstances.Instance editorial();

    TwoInstances.Instance reader();

    Scene scene();

    Duration freshWithin();

    static Map<String, Object> uncached() {
        return Map.of("masthead.cache.enabled", false);
    }

    @Test
    default void aPublicationShowsInTheSharedBlocksOfTheNextPagesOnBothInstances() {
        Scene scene = scene();
        List<String> pages = List.of(scene.articleUrl(), "/", scene.channelUrl());
        renderOnBoth(pages);
        assertThat(editorial().get(scene.channelUrl()).body()).doesNotContain("共 2 页");

        String title = "新发稿件" + ContentFixtures.unique("n");
        editorial().fixtures().article(scene.channelId()).set("title", title).publish();

        // the 21st article of the channel: latest news, the home page's channel block and a second list page
        for (String path : pages) {
            assertThat(editorial().get(path).body()).as(path).contains(title);
        }
        assertThat(editorial().get(scene.channelUrl()).body()).contains("共 2 页");
        await().atMost(freshWithin()).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            for (String path : pages) {
                assertThat(reader().get(path).body()).as(path).contains(title);
            }
            assertThat(reader().get(scene.channelUrl()).body()).contains("共 2 页");
        });
    }

    @Test
    default void aRevisionAndATakeDownLeaveTheSharedBlocksOfBothInstances() {
        Scene scene = scene();
        TwoInstances.Instance editorial = editorial();
        JsonNode story = editorial
                .fixtures()
                .article(scene.channelId())
                .set("title", "待改稿件" + ContentFixtures.unique("r"))
                .publish();
        List<String> pages = List.of(scene.articleUrl(), "/");
        renderOnBoth(pages);

        String revised = "改后标题" + ContentFixtures.unique("r");
        republish(editorial, scene, story, revised);
        thenEverywhere(pages, body -> assertThat(body).contains(revised));

        HttpResponse<String> down = editorial
                .api("POST", "/api/v1/articles/" + story.get("id").asLong() + "/unpublish")
                .body(Map.of("reason", "共享区块撤稿"))
                .send();
        assertThat(down.statusCode()).isEqualTo(200);
        thenEverywhere(pages, body -> assertThat(body).doesNotContain(revised));
    }

    @Test
    default void aRenamedChannelShowsInTheHomePagesChannelBlockOnBothInstances() {
        Scene scene = scene();
        renderOnBoth(List.of("/"));
        TwoInstances.Instance editorial = editorial();
        JsonNode channel = editorial.parse(editorial
                .api("GET", "/api/v1/channels/" + scene.channelId())
                .send()
                .body());
        String name = "改名栏目" + ContentFixtures.unique("m");
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("parentId", null);
        draft.put("name", name);
        draft.put("slug", channel.get("slug").asString());
        draft.put("position", channel.get("position").asInt());
        draft.put("description", channel.get("description").asString());
        draft.put("visible", true);
        HttpResponse<String> put = editorial
                .api("PUT", "/api/v1/channels/" + scene.channelId())
                .header("If-Match", "\"" + channel.get("version").asInt() + "\"")
                .body(draft)
                .send();
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        thenEverywhere(
                List.of("/", scene.articleUrl()), body -> assertThat(body).contains(name));
    }

    private void renderOnBoth(List<String> pages) {
        for (TwoInstances.Instance instance : List.of(editorial(), reader())) {
            for (String path : pages) {
                assertThat(instance.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    /** At once on the instance that made the change, within the bound on the other. */
    private void thenEverywhere(List<String> pages, java.util.function.Consumer<String> expectation) {
        for (String path : pages) {
            expectation.accept(editorial().get(path).body());
        }
        await().atMost(freshWithin()).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            for (String path : pages) {
                expectation.accept(reader().get(path).body());
            }
        });
    }

    private static void republish(TwoInstances.Instance instance, Scene scene, JsonNode story, String title) {
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

    /** A top-level channel with twenty published articles (one full list page), made before the reader started. */
    record Scene(long channelId, String channelUrl, String articleUrl) {

        static Scene create(TwoInstances.Instance through) {
            ContentFixtures f = through.fixtures();
            JsonNode channel = f.channel("共享区块栏目", null);
            long channelId = channel.get("id").asLong();
            JsonNode first = null;
            for (int i = 0; i < 20; i++) {
                JsonNode published = f.article(channelId).publish();
                first = first == null ? published : first;
            }
            return new Scene(
                    channelId, channel.get("url").asString(), first.get("url").asString());
        }
    }
}
