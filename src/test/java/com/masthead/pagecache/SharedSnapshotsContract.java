package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one database: shared data that each instance keeps in memory (a channel's review levels, the
 * sensitive-word screen) follows a change made through the other instance within the bound, through the shared
 * change signals, and the other instance enforces it.
 */
interface SharedSnapshotsContract {

    TwoInstances.Instance editorial();

    TwoInstances.Instance reader();

    /** How soon a change through one instance must apply on the other (see {@link SharedInvalidationContract}). */
    Duration freshWithin();

    @Test
    default void reviewLevelsChangedThroughOneInstanceApplyOnTheOther() {
        TwoInstances.Instance editorial = editorial();
        JsonNode channel = editorial.fixtures().channel("跨实例审级", null);
        long id = channel.get("id").asLong();
        StaffSession elsewhere = reader().loginAs("levels-reader", StaffRole.ADMIN);
        assertThat(selectedLevels(elsewhere, id)).isEqualTo("3");

        setLevels(editorial, channel, "1");

        await().atMost(freshWithin())
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(selectedLevels(elsewhere, id)).isEqualTo("1"));
    }

    @Test
    default void reviewLevelsChangedThroughOneInstanceAreEnforcedOnTheOther() {
        JsonNode channel = editorial().fixtures().channel("跨实例执行审级", null);
        long channelId = channel.get("id").asLong();
        TwoInstances.Instance reader = reader();
        StaffSession reporter = reader.loginAs("enforce-reporter", StaffRole.REPORTER);
        // the channel was made on the other instance: this one knows it once its channel snapshot caught up
        long article = await().atMost(freshWithin())
                .pollInterval(Duration.ofMillis(50))
                .until(() -> writeIfChannelKnown(reporter, channelId, "一审栏目稿件"), id -> id > 0);
        assertThat(reporter.post("/admin/articles/" + article + "/submit", version(reporter, article))
                        .statusCode())
                .isEqualTo(302);
        StaffSession watcher = reader.loginAs("enforce-admin", StaffRole.ADMIN);

        setLevels(editorial(), channel, "1");
        await().atMost(freshWithin())
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(
                        () -> assertThat(selectedLevels(watcher, channelId)).isEqualTo("1"));

        StaffSession editor = reader.loginAs("enforce-editor", StaffRole.EDITOR);
        editor.post("/admin/articles/" + article + "/approve", version(editor, article));
        assertThat(reviewState(reader, article))
                .as("one level: only the editor-in-chief signs")
                .isEqualTo("SUBMITTED");
        StaffSession chief = reader.loginAs("enforce-eic", StaffRole.EDITOR_IN_CHIEF);
        Map<String, String> hold = new LinkedHashMap<>(version(chief, article));
        hold.put("next", "hold");
        assertThat(chief.post("/admin/articles/" + article + "/approve", hold).statusCode())
                .isEqualTo(302);
        assertThat(reviewState(reader, article)).isEqualTo("APPROVED");
    }

    @Test
    default void aWordBlockedThroughOneInstanceIsRefusedByTheOther() {
        String word = "跨实例禁词" + ContentFixtures.unique("w");
        Map<String, String> text = Map.of("text", "这句话里有" + word + "。");
        assertThat(screen(reader(), text).get("blocked").asBoolean()).isFalse();

        HttpResponse<String> added = editorial()
                .api("POST", "/api/v1/lexicon")
                .body(Map.of("term", word, "tier", "BLOCK"))
                .send();
        assertThat(added.statusCode()).isEqualTo(201);

        await().atMost(freshWithin())
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(
                        () -> assertThat(screen(reader(), text).get("blocked").asBoolean())
                                .isTrue());
    }

    private static JsonNode screen(TwoInstances.Instance instance, Map<String, String> text) {
        HttpResponse<String> screened =
                instance.api("POST", "/api/v1/lexicon/screen").body(text).send();
        assertThat(screened.statusCode()).isEqualTo(200);
        return instance.parse(screened.body());
    }

    /** Creates an article, or answers -1 while this instance does not know the channel yet (404, nothing saved). */
    private static long writeIfChannelKnown(StaffSession session, long channelId, String title) {
        HttpResponse<String> created = create(session, channelId, title);
        if (created.statusCode() == 404) {
            return -1;
        }
        return idOf(created);
    }

    private static long idOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/admin/articles/(\\d+)/edit.*", "$1"));
    }

    private static HttpResponse<String> create(StaffSession session, long channelId, String title) {
        session.page("/admin/articles/new");
        HttpResponse<String> created = session.post(
                "/admin/articles",
                Map.of(
                        "channelId",
                        String.valueOf(channelId),
                        "title",
                        title,
                        "body",
                        "<p>一审栏目正文。</p>",
                        "rights",
                        "ORIGINAL"));
        return created;
    }

    private static Map<String, String> version(StaffSession session, long id) {
        Document review = session.page("/admin/articles/" + id + "/edit");
        return Map.of("version", review.select("input[name=version]").attr("value"));
    }

    private static String reviewState(TwoInstances.Instance instance, long articleId) {
        return instance.database()
                .sql("select review_state from article where id = :id")
                .param("id", articleId)
                .query(String.class)
                .single();
    }

    private static void setLevels(TwoInstances.Instance through, JsonNode channel, String levels) {
        long id = channel.get("id").asLong();
        StaffSession admin = through.loginAs("levels-admin", StaffRole.ADMIN);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(
                "version",
                admin.page("/admin/channels/" + id)
                        .selectFirst("input[name=version]")
                        .val());
        form.put("name", channel.get("name").asString());
        form.put("slug", channel.get("slug").asString());
        form.put("position", "0");
        form.put("visible", "on");
        form.put("levels", levels);
        assertThat(admin.post("/admin/channels/" + id, form).statusCode()).isEqualTo(302);
        assertThat(selectedLevels(admin, id)).isEqualTo(levels);
    }

    private static String selectedLevels(StaffSession session, long channelId) {
        return session.page("/admin/channels/" + channelId)
                .select("#levels option[selected]")
                .val();
    }
}
