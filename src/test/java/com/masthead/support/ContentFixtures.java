package com.masthead.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates content through the real management API, with unique slugs so that tests sharing one database never
 * collide. Every call asserts success, so a fixture failure names the request that failed.
 */
public final class ContentFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final SiteClient client;

    ContentFixtures(SiteClient client) {
        this.client = client;
    }

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public JsonNode channel(String name, Long parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentId", parentId);
        body.put("name", name);
        body.put("slug", unique("c"));
        body.put("description", name + "栏目");
        return created(client.api("POST", "/api/v1/channels").body(body));
    }

    /** A newspaper with one issue on {@code date} and one page {@code number} named {@code pageName}. */
    public PrintPage printPage(String newspaperName, LocalDate date, int number, String pageName) {
        JsonNode paper = created(client.api("POST", "/api/v1/newspapers")
                .body(Map.of("name", newspaperName, "slug", unique("p"), "description", "测试报纸")));
        JsonNode issue = created(
                client.api("POST", "/api/v1/newspapers/" + paper.get("id").asLong() + "/issues")
                        .body(Map.of("date", date.toString(), "number", 4321)));
        JsonNode page =
                created(client.api("POST", "/api/v1/issues/" + issue.get("id").asLong() + "/pages")
                        .body(Map.of("number", number, "name", pageName)));
        return new PrintPage(
                paper.get("id").asLong(),
                paper.get("slug").asString(),
                newspaperName,
                issue.get("id").asLong(),
                date,
                page.get("id").asLong(),
                number,
                pageName);
    }

    public JsonNode series(String name) {
        return created(client.api("POST", "/api/v1/series")
                .body(Map.of("name", name, "slug", unique("s"), "description", name + "系列报道")));
    }

    public ArticleBuilder article(long channelId) {
        return new ArticleBuilder(channelId);
    }

    private static JsonNode created(SiteTestSupport.ApiCall call) {
        HttpResponse<String> response = call.send();
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new AssertionError(call + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonMapper.shared().readTree(response.body());
    }

    public record PrintPage(
            long newspaperId,
            String newspaperSlug,
            String newspaperName,
            long issueId,
            LocalDate date,
            long pageId,
            int number,
            String name) {

        public String pageUrl() {
            return "/paper/" + newspaperSlug + "/" + date + "/" + number + "/";
        }
    }

    /** An article with sensible defaults: titled, with a body, a reporter byline and a responsible editor. */
    public final class ArticleBuilder {

        private final Map<String, Object> body = new LinkedHashMap<>();
        private final List<Map<String, Object>> bylines = new ArrayList<>();

        private ArticleBuilder(long channelId) {
            body.put("channelId", channelId);
            body.put("title", "测试稿件" + unique("t"));
            body.put("body", "<p>第一段正文。</p><h3>小标题</h3><p>第二段正文。</p><blockquote><p>一段引语。</p></blockquote>");
            body.put("rights", "ORIGINAL");
            body.put("responsibleEditor", "林编辑");
            bylines.add(Map.of("role", "REPORTER", "name", "王记者"));
            body.put("bylines", bylines);
        }

        public ArticleBuilder set(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public ArticleBuilder byline(String role, String name) {
            bylines.add(Map.of("role", role, "name", name));
            return this;
        }

        public ArticleBuilder reprintedFrom(String outlet, String author, String title, String url) {
            body.put("rights", "REPRINT");
            body.put("original", Map.of("outlet", outlet, "author", author, "title", title, "url", url));
            body.put("source", Map.of("name", outlet, "url", url));
            return this;
        }

        public Map<String, Object> json() {
            return body;
        }

        /** Saves the draft and returns its id. */
        public long create() {
            return ContentFixtures.created(
                            client.api("POST", "/api/v1/articles").body(body))
                    .get("id")
                    .asLong();
        }

        /** Saves and publishes; returns the published article as the API shows it. */
        public JsonNode publish() {
            long id = create();
            return ContentFixtures.created(client.api("POST", "/api/v1/articles/" + id + "/publish"));
        }
    }
}
