package com.masthead.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The management API refuses bad input with problem documents that name every offending field, never leaves a
 * half-saved article behind, and never lets a stale update overwrite a newer one.
 */
interface ArticleApiContract extends SiteClient {

    @Test
    default void missingAndOverlongFieldsAreNamedInOneProblem() {
        long before = countRows("article");
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("title", "", "body", "<p>x</p>", "kicker", "长".repeat(201), "seriesPart", 0));

        HttpResponse<String> response =
                api("POST", "/api/v1/articles").body(body).send();

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        JsonNode problem = parse(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("validation-failed");
        assertThat(fields(problem)).contains("title", "channelId", "rights", "kicker", "seriesPart");
        assertThat(response.body()).doesNotContain("Exception", "at com.", "SQL");
        assertThat(countRows("article")).isEqualTo(before);
    }

    @Test
    default void fullWidthPunctuationSymbolsAndEmojiAreStoredAndReturnedAsSent() {
        long channel = fixtures().channel("全角标点", null).get("id").asLong();
        String body = "<p>记者获悉：该项目（一期）投资１２亿元，＂十四五＂期间完成；价格＜＝３０元，" + "a+b=c @编辑部 `代码` it's 😀　全角空格。</p>";

        long id = fixtures().article(channel).set("body", body).create();

        JsonNode read = api("GET", "/api/v1/articles/" + id).json();
        String stored = read.get("content").get("body").asString();
        assertThat(stored).isEqualTo(body).doesNotContain("&#");
    }

    @Test
    default void unknownReferencesAre422NamingTheFieldAndSaveNothing() {
        long channel = fixtures().channel("引用", null).get("id").asLong();
        long before = countRows("article");
        long bylinesBefore = countRows("article_byline");

        HttpResponse<String> unknownChannel = api("POST", "/api/v1/articles")
                .body(fixtures().article(987_654).json())
                .send();
        HttpResponse<String> unknownImage = api("POST", "/api/v1/articles")
                .body(fixtures()
                        .article(channel)
                        .set("leadImage", Map.of("imageId", 987_654))
                        .json())
                .send();
        HttpResponse<String> unknownPage = api("POST", "/api/v1/articles")
                .body(fixtures().article(channel).set("pageId", 987_654).json())
                .send();
        HttpResponse<String> unknownSeries = api("POST", "/api/v1/articles")
                .body(fixtures()
                        .article(channel)
                        .set("seriesId", 987_654)
                        .set("seriesPart", 1)
                        .json())
                .send();

        assertThat(unknownChannel.statusCode()).isEqualTo(422);
        assertThat(fields(parse(unknownChannel.body()))).containsExactly("channelId");
        assertThat(fields(parse(unknownImage.body()))).containsExactly("leadImage.imageId");
        assertThat(fields(parse(unknownPage.body()))).containsExactly("pageId");
        assertThat(fields(parse(unknownSeries.body()))).containsExactly("seriesId");
        assertThat(parse(unknownChannel.body()).get("detail").asString())
                .contains("栏目")
                .contains("987654");
        assertThat(countRows("article")).isEqualTo(before);
        assertThat(countRows("article_byline")).isEqualTo(bylinesBefore);
    }

    @Test
    default void malformedJsonAndWrongTypesAreClear400s() {
        HttpResponse<String> broken =
                api("POST", "/api/v1/articles").body("{\"title\": ").send();
        HttpResponse<String> wrongType = api("POST", "/api/v1/articles")
                .body("{\"channelId\": \"abc\", \"title\": \"t\"}")
                .send();

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(parse(broken.body()).get("code").asString()).isEqualTo("malformed-request");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(fields(parse(wrongType.body()))).containsExactly("channelId");
    }

    @Test
    default void publishingNeedsAResponsibleEditorAndCompleteReprintFields() {
        long channel = fixtures().channel("发布规则", null).get("id").asLong();
        long noEditor =
                fixtures().article(channel).set("responsibleEditor", null).create();
        long thinReprint = fixtures()
                .article(channel)
                .set("rights", "REPRINT")
                .set("original", Map.of("outlet", "东岭晚报"))
                .create();

        HttpResponse<String> first =
                api("POST", "/api/v1/articles/" + noEditor + "/publish").send();
        HttpResponse<String> second =
                api("POST", "/api/v1/articles/" + thinReprint + "/publish").send();

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(fields(parse(first.body()))).containsExactly("responsibleEditor");
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(fields(parse(second.body())))
                .containsExactlyInAnyOrder("original.author", "original.title", "original.url");
        JsonNode stillDraft = api("GET", "/api/v1/articles/" + noEditor).json();
        assertThat(stillDraft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(stillDraft.get("url").isNull()).isTrue();
    }

    @Test
    default void staleUpdateIsRefusedWith409AndChangesNothing() {
        long channel = fixtures().channel("并发", null).get("id").asLong();
        long id = fixtures().article(channel).set("title", "原标题").create();
        JsonNode read = api("GET", "/api/v1/articles/" + id).json();
        String version = "\"" + read.get("version").asInt() + "\"";

        HttpResponse<String> firstSave = api("PUT", "/api/v1/articles/" + id)
                .header("If-Match", version)
                .body(fixtures().article(channel).set("title", "甲的修改").json())
                .send();
        HttpResponse<String> secondSave = api("PUT", "/api/v1/articles/" + id)
                .header("If-Match", version)
                .body(fixtures().article(channel).set("title", "乙的修改").json())
                .send();
        HttpResponse<String> noVersion = api("PUT", "/api/v1/articles/" + id)
                .body(fixtures().article(channel).set("title", "丙的修改").json())
                .send();

        assertThat(firstSave.statusCode()).isEqualTo(200);
        assertThat(firstSave.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"1\"");
        assertThat(secondSave.statusCode()).isEqualTo(409);
        assertThat(parse(secondSave.body()).get("code").asString()).isEqualTo("version-conflict");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(fields(parse(noVersion.body()))).containsExactly("If-Match");
        assertThat(api("GET", "/api/v1/articles/" + id)
                        .json()
                        .get("content")
                        .get("title")
                        .asString())
                .isEqualTo("甲的修改");
    }

    @Test
    default void bodyHtmlIsCleanedOnTheWayIn() {
        long channel = fixtures().channel("清洗", null).get("id").asLong();
        JsonNode published = fixtures()
                .article(channel)
                .set("title", "<script>alert(1)</script>标题\u202E")
                .set("body", "<p onclick=\"x()\">正文<script>alert(2)</script><a href=\"javascript:x()\">链接</a></p>")
                .publish();

        String body = published.get("content").get("body").asString();
        assertThat(body).doesNotContain("script", "onclick", "javascript");
        assertThat(body).contains("正文");
        String html = get(published.get("url").asString()).body();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;标题");
        assertThat(html).doesNotContain("\u202E");
    }

    @Test
    default void listFiltersByChannelStatusAndIssueAndClampsThePageSize() {
        ContentFixtures f = fixtures();
        long channel = f.channel("列表", null).get("id").asLong();
        ContentFixtures.PrintPage page = f.printPage("列表日报", java.time.LocalDate.of(2025, 3, 18), 1, "要闻");
        f.article(channel).set("pageId", page.pageId()).publish();
        f.article(channel).create();

        JsonNode byChannel = api("GET", "/api/v1/articles?channelId=" + channel).json();
        JsonNode drafts = api("GET", "/api/v1/articles?channelId=" + channel + "&status=DRAFT")
                .json();
        JsonNode byIssue =
                api("GET", "/api/v1/articles?issueId=" + page.issueId()).json();
        JsonNode huge = api("GET", "/api/v1/articles?size=100000").json();

        assertThat(byChannel.get("total").asLong()).isEqualTo(2);
        assertThat(drafts.get("total").asLong()).isEqualTo(1);
        assertThat(byIssue.get("total").asLong()).isEqualTo(1);
        assertThat(huge.get("size").asInt()).isEqualTo(100);
        assertThat(huge.get("items").size()).isLessThanOrEqualTo(100);
    }

    @Test
    default void aBodyThatIsBlankOrCleansToNothingIsRefusedNamingTheBody() {
        long channel = fixtures().channel("空正文", null).get("id").asLong();
        long articles = countRows("article");
        List<String> empty = List.of(
                "",
                "   ",
                "<p>&nbsp;</p>",
                "<p> \u00a0\u3000</p><br>",
                "<script>alert(1)</script>",
                "<p><script>x</script></p>");

        for (String body : empty) {
            HttpResponse<String> created = api("POST", "/api/v1/articles")
                    .body(fixtures().article(channel).set("body", body).json())
                    .send();
            assertThat(created.statusCode()).as("body %s", body).isEqualTo(400);
            assertThat(fields(parse(created.body()))).containsExactly("body");
        }
        assertThat(countRows("article")).isEqualTo(articles);

        long id = fixtures().article(channel).set("title", "正文会被清空").create();
        HttpResponse<String> emptied = api("PUT", "/api/v1/articles/" + id)
                .header("If-Match", "\"0\"")
                .body(fixtures()
                        .article(channel)
                        .set("body", "<script>alert(1)</script>")
                        .json())
                .send();
        assertThat(emptied.statusCode()).isEqualTo(400);
        assertThat(fields(parse(emptied.body()))).containsExactly("body");
        JsonNode kept = api("GET", "/api/v1/articles/" + id).json();
        assertThat(kept.get("content").get("body").asString()).contains("第一段正文");
        assertThat(kept.get("version").asInt()).isZero();
    }

    @Test
    default void anArticleStoredWithABlankBodyCannotBePublished() {
        long channel = fixtures().channel("空正文发布", null).get("id").asLong();
        long id = fixtures().article(channel).set("body", "<p>即将被清空的正文</p>").create();
        // what 78 articles were stored with before bodies were checked on saving
        int rows = database()
                .sql("update article_revision set content = replace(content, ?, ?) where article_id = ?")
                .params("<p>即将被清空的正文</p>", "<p> </p>", id)
                .update();
        database()
                .sql("update article set body_html = ? where id = ?")
                .params("<p> </p>", id)
                .update();
        assertThat(rows).isPositive();

        HttpResponse<String> published =
                api("POST", "/api/v1/articles/" + id + "/publish").send();

        assertThat(published.statusCode()).as(published.body()).isEqualTo(400);
        assertThat(fields(parse(published.body()))).containsExactly("body");
        assertThat(api("GET", "/api/v1/articles/" + id).json().get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    default void overlongUtf8InAJsonBodyIsRefusedNotDecoded() {
        long channel = fixtures().channel("超长编码", null).get("id").asLong();
        long articles = countRows("article");
        String json = new String(
                tools.jackson.databind.json.JsonMapper.shared()
                        .writeValueAsBytes(fixtures()
                                .article(channel)
                                .set("title", "TITLE")
                                .json()),
                java.nio.charset.StandardCharsets.UTF_8);
        String[] around = json.split("TITLE");
        List<byte[]> broken = List.of(
                new byte[] {(byte) 0xC0, (byte) 0xBC}, // '<' in two bytes
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xBC}, // '<' in three bytes
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
                new byte[] {(byte) 0xFF});

        for (byte[] bytes : broken) {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(around[0].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes("标题".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("script".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(around[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));

            HttpResponse<String> response =
                    api("POST", "/api/v1/articles").body(body.toByteArray()).send();

            assertThat(response.statusCode())
                    .as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(400);
            assertThat(parse(response.body()).get("code").asString()).isEqualTo("malformed-request");
        }
        assertThat(countRows("article")).isEqualTo(articles);
        assertThat(api("POST", "/api/v1/articles")
                        .body(json.replace("TITLE", "标题<b>").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .send()
                        .statusCode())
                .as("the same body, well encoded")
                .isEqualTo(201);
    }

    @Test
    default void extremeDatesInListFiltersAre400NamingTheField() {
        for (String query : List.of(
                "/api/v1/articles?from=-999999999-01-01",
                "/api/v1/articles?to=%2B999999999-12-31",
                "/api/v1/search?q=x&from=-999999999-01-01",
                "/api/v1/search?q=x&to=%2B999999999-12-31",
                "/api/v1/audit?from=-999999999-01-01",
                "/api/v1/audit?to=%2B999999999-12-31")) {
            HttpResponse<String> response = api("GET", query).send();

            assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
            assertThat(fields(parse(response.body()))).containsExactly(query.contains("from=") ? "from" : "to");
        }
        assertThat(api("GET", "/api/v1/articles?from=0001-01-01&to=9999-12-31")
                        .send()
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    default void oversizedJsonBodyIs413() {
        String big = "{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";

        HttpResponse<String> response =
                api("POST", "/api/v1/articles").body(big).send();

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    default void chineseBylineFormsComeBackExactlyAndShowOnThePage() {
        long channel = fixtures().channel("署名", null).get("id").asLong();
        List<Map<String, Object>> bylines = List.of(
                Map.of("role", "REPORTER", "name", "丁莹", "suffix", "整理"),
                Map.of("role", "REPORTER", "name", "李岩"),
                Map.of("role", "CORRESPONDENT", "name", "王芳"),
                Map.of("role", "REPORTER", "prefix", "新华社记者", "name", "张晓"),
                Map.of("role", "PHOTOGRAPHER", "name", "刘影"),
                Map.of("role", "REPORTER", "name", "陈立"),
                Map.of("role", "REPORTER", "name", "周明"));

        JsonNode published = fixtures().article(channel).set("bylines", bylines).publish();

        JsonNode read = api("GET", "/api/v1/articles/" + published.get("id").asLong())
                .json()
                .get("content")
                .get("bylines");
        assertThat(read.get(0).get("suffix").asString()).isEqualTo("整理");
        assertThat(read.get(0).get("prefix").isNull()).isTrue();
        assertThat(read.get(3).get("prefix").asString()).isEqualTo("新华社记者");
        assertThat(read.get(1).get("suffix").isNull()).isTrue();
        assertThat(page(published.get("url").asString())
                        .select(".bylines .byline")
                        .eachText())
                .containsExactly("本报记者 丁莹 整理", "本报记者 李岩", "通讯员 王芳", "新华社记者 张晓", "本报记者 刘影 摄", "本报记者 陈立 周明");
    }

    @Test
    default void anOverlongBylineSuffixIsRefusedNamingIt() {
        long channel = fixtures().channel("署名长度", null).get("id").asLong();
        Map<String, Object> body = fixtures()
                .article(channel)
                .set("bylines", List.of(Map.of("role", "REPORTER", "name", "丁莹", "suffix", "整".repeat(21))))
                .json();

        HttpResponse<String> response =
                api("POST", "/api/v1/articles").body(body).send();

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(parse(response.body()))).containsExactly("bylines[0].suffix");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = problem.get("errors");
        if (errors != null) {
            errors.forEach(e -> fields.add(e.get("field").asString()));
        }
        return fields;
    }
}
