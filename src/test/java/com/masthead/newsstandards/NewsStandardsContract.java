package com.masthead.newsstandards;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.media.Image;
import com.masthead.media.ImageLibrary;
import com.masthead.media.ImageMetadata;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.MultipartUpload;
import com.masthead.support.SiteClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * Published articles out as ninjs and NewsML-G2, over real HTTP with real tokens, checked against the standards'
 * schemas; unpublished ones are not found. The NewsML-G2 XSD is available offline (test resources), so the XML is
 * validated against it, and the required elements are also read by XPath.
 */
public interface NewsStandardsContract extends SiteClient {

    String NINJS = "application/ninjs+json";
    String NEWSML = "application/vnd.iptc.g2.newsitem+xml";

    URI uri(String path);

    HttpResponse<String> send(HttpRequest request);

    String token(StaffRole role);

    ImageLibrary images();

    @Test
    default void aPublishedArticleIsANinjsDocumentTheSchemaAccepts() {
        long channel = fixtures().channel("标准输出", null).get("id").asLong();
        long series = fixtures()
                .series("标准输出系列" + ContentFixtures.unique("s"))
                .get("id")
                .asLong();
        long page = fixtures()
                .printPage("标准输出报", LocalDate.of(2026, 3, 18), 3, "要闻")
                .pageId();
        Image picture = images().ingest(
                        MultipartUpload.png(640, 400, System.nanoTime() % 100_000),
                        "bridge.png",
                        new ImageMetadata("桥面上的检测车", "图库说明", "图库署名"));
        JsonNode article = fixtures()
                .article(channel)
                .set("kicker", "质量之光")
                .set("subtitle", "记一位数控车工的三十年")
                .set("summary", "三十年来，他加工的零件没有出过一件废品。")
                .set("seriesId", series)
                .set("seriesPart", 1)
                .set("pageId", page)
                .set("leadImage", Map.of("imageId", picture.id(), "caption", "车间一角", "credit", "丁莹 摄"))
                .byline("CORRESPONDENT", "王芳")
                .publish();
        long id = article.get("id").asLong();

        HttpResponse<String> response = read("/api/v1/articles/" + id + "/ninjs", StaffRole.REPORTER, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(NINJS);
        assertThat(StandardSchemas.ninjsErrors(response.body())).isEmpty();
        JsonNode ninjs = parse(response.body());
        assertThat(ninjs.get("uri").asString())
                .startsWith("http")
                .endsWith(article.get("url").asString());
        assertThat(ninjs.get("version").asString()).isEqualTo("1");
        assertThat(ninjs.get("pubstatus").asString()).isEqualTo("usable");
        assertThat(ninjs.get("language").asString()).isEqualTo("zh-CN");
        assertThat(values(ninjs.get("headlines"), "role", "value"))
                .contains("main=" + article.get("content").get("title").asString(), "kicker=质量之光", "sub=记一位数控车工的三十年");
        assertThat(ninjs.get("descriptions").get(0).get("value").asString()).isEqualTo("三十年来，他加工的零件没有出过一件废品。");
        assertThat(ninjs.get("bodies").get(0).get("contenttype").asString()).isEqualTo("text/html");
        assertThat(ninjs.get("bodies").get(0).get("value").asString()).contains("<p>第一段正文。</p>");
        assertThat(values(ninjs.get("people"), "rel", "name")).containsExactly("reporter=王记者", "correspondent=王芳");
        assertThat(ninjs.get("by").asString()).isEqualTo("本报记者 王记者; 通讯员 王芳");
        assertThat(values(ninjs.get("subjects"), "rel", "name")).contains("channel=标准输出");
        assertThat(values(ninjs.get("altids"), "role", "value")).containsExactly("printpage=3", "seriespart=1");
        JsonNode lead = ninjs.get("associations").get(0);
        assertThat(lead.get("name").asString()).isEqualTo("leadpicture");
        assertThat(lead.get("by").asString()).isEqualTo("丁莹 摄");
        assertThat(values(lead.get("descriptions"), "role", "value")).contains("caption=车间一角", "alternative=桥面上的检测车");
        assertThat(values(lead.get("renditions"), "name", "width"))
                .containsExactly("original=640", "thumb=240", "card=480", "article=640");
        assertThat(ninjs.get("copyrightholder").asString()).isNotBlank();

        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"1\"");
        assertThat(read("/api/v1/articles/" + id + "/ninjs", StaffRole.MODERATOR, etag)
                        .statusCode())
                .isEqualTo(304);
        HttpResponse<String> negotiated = send(request("/api/v1/articles/" + id, StaffRole.EDITOR)
                .header("Accept", NINJS)
                .GET()
                .build());
        assertThat(negotiated.statusCode()).isEqualTo(200);
        assertThat(parse(negotiated.body()).get("uri")).isEqualTo(ninjs.get("uri"));
        for (String accept : new String[] {"*/*", "application/json"}) {
            HttpResponse<String> management = send(request("/api/v1/articles/" + id, StaffRole.EDITOR)
                    .header("Accept", accept)
                    .GET()
                    .build());
            assertThat(parse(management.body()).get("status").asString())
                    .as("Accept: " + accept + " keeps the management JSON")
                    .isEqualTo("PUBLISHED");
        }
    }

    @Test
    default void aPublishedReprintIsANewsMlItemTheSchemaAccepts() throws Exception {
        long channel = fixtures().channel("标准输出XML", null).get("id").asLong();
        JsonNode article = fixtures()
                .article(channel)
                .reprintedFrom("东岭晚报", "韩晓岚", "大桥荷载试验纪实", "https://www.dongling-wanbao.example/a.html")
                .publish();
        long id = article.get("id").asLong();

        HttpResponse<String> response = read("/api/v1/articles/" + id + "/newsml", StaffRole.ADMIN, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(NEWSML);
        StandardSchemas.validateNewsMl(response.body());
        Document xml = secureParse(response.body());
        XPath path = XPathFactory.newInstance().newXPath();
        path.setNamespaceContext(new NarNamespace());
        assertThat(path.evaluate("/nar:newsItem/@guid", xml))
                .endsWith(article.get("url").asString());
        assertThat(path.evaluate("/nar:newsItem/@version", xml)).isEqualTo("1");
        assertThat(path.evaluate("/nar:newsItem/@standard", xml)).isEqualTo("NewsML-G2");
        assertThat(path.evaluate("/nar:newsItem/nar:itemMeta/nar:itemClass/@qcode", xml))
                .isEqualTo("ninat:text");
        assertThat(path.evaluate("/nar:newsItem/nar:itemMeta/nar:provider/nar:name", xml))
                .isNotBlank();
        assertThat(path.evaluate("/nar:newsItem/nar:itemMeta/nar:versionCreated", xml))
                .isNotBlank();
        assertThat(path.evaluate("/nar:newsItem/nar:itemMeta/nar:pubStatus/@qcode", xml))
                .isEqualTo("stat:usable");
        assertThat(path.evaluate("/nar:newsItem/nar:contentMeta/nar:headline[not(@role)]", xml))
                .isEqualTo(article.get("content").get("title").asString());
        assertThat(path.evaluate("/nar:newsItem/nar:contentMeta/nar:headline[@role='mhrole:originaltitle']", xml))
                .isEqualTo("大桥荷载试验纪实");
        assertThat(path.evaluate("/nar:newsItem/nar:rightsInfo/nar:copyrightHolder/nar:name", xml))
                .isEqualTo("东岭晚报");
        assertThat(path.evaluate("/nar:newsItem/nar:contentMeta/nar:infoSource/@uri", xml))
                .isEqualTo("https://www.dongling-wanbao.example/a.html");
        assertThat(path.evaluate("/nar:newsItem/nar:contentMeta/nar:contributor/nar:name", xml))
                .isEqualTo("韩晓岚");
        assertThat(path.evaluate("/nar:newsItem/nar:contentSet/nar:inlineData", xml))
                .contains("<p>第一段正文。</p>");

        HttpResponse<String> negotiated = send(request("/api/v1/articles/" + id, StaffRole.REPORTER)
                .header("Accept", NEWSML)
                .GET()
                .build());
        assertThat(negotiated.body()).isEqualTo(response.body());
    }

    @Test
    default void draftsTakenDownAndUnknownArticlesAreNotFound() {
        long channel = fixtures().channel("标准未发布", null).get("id").asLong();
        long draft = fixtures().article(channel).create();
        long takenDown = fixtures().article(channel).publish().get("id").asLong();
        assertThat(api("POST", "/api/v1/articles/" + takenDown + "/unpublish")
                        .body(Map.of("reason", "测试下线"))
                        .send()
                        .statusCode())
                .isEqualTo(200);

        List<String> answers = new ArrayList<>();
        for (long id : new long[] {draft, takenDown, 999_999_999L}) {
            for (String format : new String[] {"ninjs", "newsml"}) {
                HttpResponse<String> response = read("/api/v1/articles/" + id + "/" + format, StaffRole.ADMIN, null);
                answers.add(format + " " + response.statusCode() + " "
                        + parse(response.body()).get("code").asString());
            }
        }
        assertThat(answers).containsOnly("ninjs 404 not-found", "newsml 404 not-found");
        assertThat(read("/api/v1/articles/" + draft + "/ninjs", null, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    default void theOpenApiDescriptionNamesBothFormats() {
        JsonNode paths = parse(get("/v3/api-docs").body()).get("paths");

        assertThat(paths.has("/api/v1/articles/{id}/ninjs")).isTrue();
        assertThat(paths.has("/api/v1/articles/{id}/newsml")).isTrue();
        JsonNode wire = paths.get("/api/v1/wire");
        assertThat(wire.at("/post/requestBody/content").isMissingNode())
                .as(wire.toString())
                .isFalse();
        JsonNode wireBody = wire.at("/post/requestBody/content");
        assertThat(wireBody.has(NINJS)).isTrue();
        assertThat(wireBody.has(NEWSML)).isTrue();
    }

    private HttpResponse<String> read(String path, StaffRole role, String ifNoneMatch) {
        HttpRequest.Builder request =
                role == null ? HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)) : request(path, role);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request.GET().build());
    }

    private HttpRequest.Builder request(String path, StaffRole role) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token(role));
    }

    private static List<String> values(JsonNode list, String key, String value) {
        List<String> pairs = new ArrayList<>();
        list.forEach(entry ->
                pairs.add(entry.get(key).asString() + "=" + entry.get(value).asString()));
        return pairs;
    }

    private static Document secureParse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The {@code nar} prefix for XPath. */
    final class NarNamespace implements javax.xml.namespace.NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return "nar".equals(prefix) ? NewsMlWriter.NAR : javax.xml.XMLConstants.NULL_NS_URI;
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return null;
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String namespaceUri) {
            return java.util.Collections.emptyIterator();
        }
    }
}
