package com.masthead.newsstandards;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wire items in, over real HTTP and through the watched folder: a ninjs or NewsML-G2 item becomes a reprint draft
 * once, a newer version updates the draft, a published one is not touched, and bad items are refused with the
 * field named and nothing saved.
 */
public interface WireIngestContract extends SiteClient {

    String NINJS_FIXTURE = "wire-ninjs-reprint.json";
    String NEWSML_FIXTURE = "wire-newsml-reprint.xml";

    URI uri(String path);

    HttpResponse<String> send(HttpRequest request);

    String token(StaffRole role);

    WireFolder wireFolder();

    @Test
    default void aNinjsItemBecomesAReprintDraftOnceAndANewerVersionUpdatesIt() {
        long channel = fixtures().channel("通稿", null).get("id").asLong();
        String guid = "urn:test:" + ContentFixtures.unique("ninjs");
        String item = fixture(NINJS_FIXTURE).replace("urn:dongling-wanbao:2026:1130:qiaoliang-guanjian", guid);

        HttpResponse<String> created = post(channel, "application/ninjs+json", item, StaffRole.REPORTER);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode outcome = parse(created.body());
        long id = outcome.get("articleId").asLong();
        assertThat(outcome.get("outcome").asString()).isEqualTo("created");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/articles/" + id);
        JsonNode draft = api("GET", "/api/v1/articles/" + id).send().body().transform(this::parse);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        JsonNode content = draft.get("content");
        assertThat(content.get("channelId").asLong()).isEqualTo(channel);
        assertThat(content.get("title").asString()).isEqualTo("跨江大桥完成首次荷载试验");
        assertThat(content.get("kicker").asString()).isEqualTo("重点工程");
        assertThat(content.get("subtitle").asString()).isEqualTo("三十二辆重载卡车同时上桥，各项数据符合设计要求");
        assertThat(content.get("summary").asString()).startsWith("东岭跨江大桥昨日完成");
        assertThat(content.get("rights").asString()).isEqualTo("REPRINT");
        assertThat(content.get("original").get("outlet").asString()).isEqualTo("东岭晚报");
        assertThat(content.get("original").get("author").asString()).isEqualTo("韩晓岚");
        assertThat(content.get("original").get("title").asString()).isEqualTo("跨江大桥完成首次荷载试验");
        assertThat(content.get("original").get("url").asString())
                .isEqualTo("https://www.dongling-wanbao.example/2026/11/30/qiaoliang.html");
        assertThat(content.get("body").asString())
                .contains("三十二辆满载砂石的卡车", "主跨480米")
                .doesNotContain("<script", "alert", "onclick");

        HttpResponse<String> again = post(channel, "application/json", item, StaffRole.EDITOR);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(parse(again.body()).get("outcome").asString()).isEqualTo("duplicate");
        assertThat(parse(again.body()).get("articleId").asLong()).isEqualTo(id);
        assertThat(wireRows(guid)).isEqualTo(1);
        assertThat(articlesTitled("跨江大桥完成首次荷载试验", channel)).isEqualTo(1);

        String newer = item.replace("\"version\": \"1\"", "\"version\": \"2\"").replace("首次荷载试验", "首次荷载试验（更新）");
        HttpResponse<String> updated = post(channel, "application/ninjs+json", newer, StaffRole.REPORTER);
        assertThat(parse(updated.body()).get("outcome").asString())
                .as(updated.body())
                .isEqualTo("updated");
        assertThat(api("GET", "/api/v1/articles/" + id)
                        .json()
                        .get("content")
                        .get("title")
                        .asString())
                .isEqualTo("跨江大桥完成首次荷载试验（更新）");
        assertThat(parse(post(channel, "application/json", item, StaffRole.REPORTER)
                                .body())
                        .get("outcome")
                        .asString())
                .as("an older version after a newer one")
                .isEqualTo("duplicate");

        assertThat(post(channel, "application/json", item, StaffRole.MODERATOR).statusCode())
                .isEqualTo(403);
    }

    @Test
    default void aNewsMlItemBecomesADraftAndIsNotChangedOncePublished() {
        long channel = fixtures().channel("通稿XML", null).get("id").asLong();
        String guid = "urn:test:" + ContentFixtures.unique("newsml");
        String item = fixture(NEWSML_FIXTURE).replace("urn:beihu-ribao:2026:1201:chunzhong-shuiku", guid);

        HttpResponse<String> created = post(channel, "application/vnd.iptc.g2.newsitem+xml", item, StaffRole.EDITOR);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = parse(created.body()).get("articleId").asLong();
        JsonNode article = api("GET", "/api/v1/articles/" + id).json();
        JsonNode content = article.get("content");
        assertThat(content.get("title").asString()).isEqualTo("春中水库除险加固工程通过验收");
        assertThat(content.get("original").get("outlet").asString()).isEqualTo("北湖日报");
        assertThat(content.get("original").get("author").asString()).isEqualTo("欧阳青");
        assertThat(content.get("body").asString()).contains("<strong>质量合格</strong>");

        ObjectNode signed = (ObjectNode) content;
        signed.put("responsibleEditor", "林编辑");
        assertThat(api("PUT", "/api/v1/articles/" + id)
                        .header("If-Match", "\"" + article.get("version").asInt() + "\"")
                        .body(signed.toString())
                        .send()
                        .statusCode())
                .isEqualTo(200);
        assertThat(api("POST", "/api/v1/articles/" + id + "/publish").send().statusCode())
                .isEqualTo(200);

        HttpResponse<String> newer =
                post(channel, "application/xml", item.replace("version=\"2\"", "version=\"3\""), StaffRole.EDITOR);

        assertThat(newer.statusCode()).isEqualTo(409);
        assertThat(parse(newer.body()).get("code").asString()).isEqualTo("wire-conflict");
        assertThat(parse(newer.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("version");
        assertThat(api("GET", "/api/v1/articles/" + id).json().get("status").asString())
                .isEqualTo("PUBLISHED");
        assertThat(database()
                        .sql("select item_version from wire_item where guid = :guid")
                        .param("guid", guid)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    default void badItemsAreRefusedNamingTheFieldAndNothingIsSaved() {
        long channel = fixtures().channel("通稿拒收", null).get("id").asLong();
        long articles = countRows("article");
        long items = countRows("wire_item");
        String xml = fixture(NEWSML_FIXTURE);
        String json = fixture(NINJS_FIXTURE);
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                        + "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:l\">&lol2;</newsItem>";
        String xxe = xml.replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\"?><!DOCTYPE newsItem [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("春中水库除险加固工程通过验收</headline>", "&x;</headline>");
        String huge = xml.replace("<p>工程历时", "<p>" + "很长的正文。".repeat(70_000) + "</p><p>工程历时");

        List<String> answers = new ArrayList<>();
        answers.add(refusal(post(channel, "application/xml", xml.substring(0, xml.length() / 2), StaffRole.REPORTER)));
        answers.add(refusal(post(channel, "application/xml", xxe, StaffRole.REPORTER)));
        answers.add(refusal(post(channel, "text/xml", laughs, StaffRole.REPORTER)));
        answers.add(refusal(post(channel, "application/xml", huge, StaffRole.REPORTER)));
        answers.add(refusal(post(channel, "application/json", json.replace("\"uri\"", "\"id\""), StaffRole.REPORTER)));
        answers.add(refusal(post(
                channel,
                "application/json",
                "{\"uri\": \"urn:s\", \"headlines\": [{\"value\": \"空\"}],"
                        + " \"bodies\": [{\"contenttype\": \"text/html\", \"value\": \"<script>x()</script>\"}]}",
                StaffRole.REPORTER)));
        answers.add(refusal(post(channel, "text/plain", json, StaffRole.REPORTER)));
        answers.add(refusal(post(999_999_999L, "application/json", json, StaffRole.REPORTER)));
        answers.add(refusal(post(null, "application/json", json, StaffRole.REPORTER)));

        assertThat(answers)
                .containsExactly(
                        "400 validation-failed item",
                        "400 validation-failed item",
                        "400 validation-failed item",
                        "413 payload-too-large item",
                        "400 validation-failed uri",
                        "400 validation-failed body",
                        "415 unsupported-media-type -",
                        "422 unknown-reference channelId",
                        "400 validation-failed channelId");
        assertThat(countRows("article")).isEqualTo(articles);
        assertThat(countRows("wire_item")).isEqualTo(items);
    }

    @Test
    default void theWatchedFolderTakesItemsInAndSetsRefusedOnesAsideWithTheReason() throws IOException {
        long channel = fixtures().channel("通稿目录", null).get("id").asLong();
        Path folder = Files.createTempDirectory("wire-folder");
        String ninjsGuid = "urn:test:" + ContentFixtures.unique("folder");
        String ninjs = fixture(NINJS_FIXTURE).replace("urn:dongling-wanbao:2026:1130:qiaoliang-guanjian", ninjsGuid);
        Files.writeString(folder.resolve("a-bridge.json"), ninjs);
        Files.writeString(
                folder.resolve("b-reservoir.xml"),
                fixture(NEWSML_FIXTURE)
                        .replace(
                                "urn:beihu-ribao:2026:1201:chunzhong-shuiku",
                                "urn:test:" + ContentFixtures.unique("f")));
        Files.writeString(
                folder.resolve("c-entities.xml"),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><x>&e;</x>");
        Files.writeString(folder.resolve("d-notes.txt"), "不是稿件");
        Files.writeString(folder.resolve("e-arriving.json.part"), "{\"uri\":");
        long articles = countRows("article");

        WireFolder.Sweep sweep = wireFolder().sweep(folder, channel);

        assertThat(sweep).isEqualTo(new WireFolder.Sweep(2, 2));
        assertThat(countRows("article")).isEqualTo(articles + 2);
        assertThat(folder.resolve("done/a-bridge.json")).exists();
        assertThat(folder.resolve("done/b-reservoir.xml")).exists();
        assertThat(folder.resolve("failed/c-entities.xml")).exists();
        assertThat(Files.readString(folder.resolve("failed/c-entities.xml.reason.txt")))
                .contains("item", "DOCTYPE");
        assertThat(Files.readString(folder.resolve("failed/d-notes.txt.reason.txt")))
                .contains("d-notes.txt");
        assertThat(folder.resolve("e-arriving.json.part")).exists();

        Files.writeString(folder.resolve("f-bridge-again.json"), ninjs);
        assertThat(wireFolder().sweep(folder, channel)).isEqualTo(new WireFolder.Sweep(1, 0));
        assertThat(countRows("article"))
                .as("a repeated delivery creates nothing")
                .isEqualTo(articles + 2);
        assertThat(wireRows(ninjsGuid)).isEqualTo(1);

        Files.writeString(
                folder.resolve("g-bridge-v2.json"),
                ninjs.replace("\"version\": \"1\"", "\"version\": \"2\"").replace("首次荷载试验", "首次荷载试验（二）"));
        assertThat(wireFolder().sweep(folder, channel)).isEqualTo(new WireFolder.Sweep(1, 0));
        assertThat(articlesTitled("跨江大桥完成首次荷载试验（二）", channel))
                .as("a newer version updates the draft")
                .isEqualTo(1);
        assertThat(countRows("article")).isEqualTo(articles + 2);
    }

    private String refusal(HttpResponse<String> response) {
        JsonNode problem = parse(response.body());
        JsonNode errors = problem.get("errors");
        String field = errors == null || errors.isEmpty()
                ? "-"
                : errors.get(0).get("field").asString();
        return response.statusCode() + " " + problem.get("code").asString() + " " + field;
    }

    private HttpResponse<String> post(Long channel, String contentType, String body, StaffRole role) {
        return send(HttpRequest.newBuilder(uri("/api/v1/wire" + (channel == null ? "" : "?channelId=" + channel)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(role))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private long wireRows(String guid) {
        return database()
                .sql("select count(*) from wire_item where guid = :guid")
                .param("guid", guid)
                .query(Long.class)
                .single();
    }

    private long articlesTitled(String title, long channel) {
        return database()
                .sql("select count(*) from article where title = :title and channel_id = :channel")
                .param("title", title)
                .param("channel", channel)
                .query(Long.class)
                .single();
    }

    private static String fixture(String name) {
        try (InputStream in = WireIngestContract.class.getResourceAsStream("/newsstandards/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
