package com.masthead.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The comment form against hostile input: markup, event handlers, SQL, control and bidi characters, emoji and rare
 * characters, huge strings and wrong content types, in every field. Each post ends in a stored and escaped value
 * or a field-level refusal; never a 500, never live markup, never a half-saved row.
 */
interface CommentHostileInputContract extends SiteClient {

    URI address(String path);

    HttpResponse<String> send(HttpRequest request);

    List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">点我</a>",
            "' OR '1'='1'; DROP TABLE reader_comment; --",
            "评论\u0000\u0001\u001b[31m控制\u0007字符",
            "\u202Egnp.exe 反转\u2066隔离\u2069",
            "👨‍👩‍👧‍👦🙂 𠀀𪚥 稀有字",
            "{{7*7}} ${7*7} <%= 7*7 %> #{7*7}",
            "</textarea><script>alert(2)</script>");

    @Test
    default void hostileTextInEveryFieldIsStoredEscapedOrRefusedByFieldNeverHalfSaved() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "恶意输入测试");
        api("PUT", "/api/v1/comments/channels/" + article.channelId())
                .body(Map.of("mode", "POST_MODERATION"))
                .send();
        Reader reader = new Reader(this::address);
        List<String> storedTexts = new ArrayList<>();
        int n = 0;
        for (String payload : PAYLOADS) {
            for (String field : List.of("nickname", "text", "contact")) {
                n++;
                Map<String, String> form = Reader.form("读者" + n, "第" + n + "条普通评论。", "qq" + n);
                form.put(field, payload);
                long comments = countRows("reader_comment");
                long events = countRows("comment_event");

                HttpResponse<String> response =
                        reader.from(Reader.nextAddress()).comment(article.url(), form);

                assertThat(response.statusCode()).as("%s in %s", payload, field).isIn(303, 400);
                if (response.statusCode() == 303) {
                    assertThat(countRows("reader_comment")).isEqualTo(comments + 1);
                    assertThat(countRows("comment_event")).isEqualTo(events + 1);
                    storedTexts.add(form.get("text"));
                } else {
                    assertThat(countRows("reader_comment")).isEqualTo(comments);
                    assertThat(countRows("comment_event")).isEqualTo(events);
                    Document page = Jsoup.parse(response.body());
                    assertThat(page.select(".field-error"))
                            .as("a field says what is wrong")
                            .isNotEmpty();
                    thenNothingLive(page.selectFirst("form.comment-form"));
                }
            }
        }

        Document all = page(Reader.commentsOf(article.url()) + "?page=1");
        List<Element> shown = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            shown.addAll(
                    page(Reader.commentsOf(article.url()) + "?page=" + page).select(".comment"));
        }
        assertThat(all.selectFirst(".comment-list")).isNotNull();
        assertThat(shown).hasSize(storedTexts.size());
        for (Element comment : shown) {
            thenNothingLive(comment);
        }
        List<String> texts = shown.stream()
                .map(e -> e.selectFirst(".comment-text").wholeText())
                .toList();
        assertThat(texts).contains("<script>alert(1)</script>", "' OR '1'='1'; DROP TABLE reader_comment; --");
        assertThat(texts).contains("评论[31m控制字符", "gnp.exe 反转隔离", "👨‍👩‍👧‍👦🙂 𠀀𪚥 稀有字");
        assertThat(String.join("", texts))
                .doesNotContain("\u202E", "\u0000", "\u001b")
                .doesNotContain("49");
        String html = get(article.url()).body();
        assertThat(html)
                .doesNotContain("<script>alert")
                .doesNotContain("onerror=alert")
                .contains("&lt;script&gt;");
        assertThat(Jsoup.parse(html).select(".comments").html()).doesNotContain("qq");
    }

    @Test
    default void oversizedFieldsGetFieldErrorsAndOversizedBodiesA413() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "超长输入");
        Reader reader = new Reader(this::address);
        long before = countRows("reader_comment");
        String megabyte = "A".repeat(1 << 20);

        for (String field : List.of("nickname", "text", "contact")) {
            Map<String, String> form = Reader.form("甲", "一条评论。", null);
            form.put(field, megabyte);
            HttpResponse<String> response = reader.comment(article.url(), form);

            assertThat(response.statusCode()).as(field).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).select(".field-error").eachAttr("id"))
                    .containsExactly("comment-" + field + "-error");
        }
        HttpResponse<String> huge = reader.comment(article.url(), Reader.form("甲", "字".repeat(1 << 20), null));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(huge.body()).selectFirst("h1").text()).isNotBlank();
        assertThat(countRows("reader_comment")).isEqualTo(before);
    }

    @Test
    default void wrongContentTypesGetFieldErrorsOrTheFormNeverA500() {
        CommentFixtures.TestArticle article = CommentFixtures.article(this, "内容类型");
        String path = Reader.commentsOf(article.url());
        Reader reader = new Reader(this::address);
        reader.token();
        long before = countRows("reader_comment");

        HttpResponse<String> json = reader.postRaw(path, "application/json", "{\"nickname\":\"甲\",\"text\":\"乙\"}");
        HttpResponse<String> plain = reader.postRaw(path, "text/plain", "nickname=甲&text=乙");
        HttpResponse<String> none = reader.postRaw(path, null, "nickname=甲&text=乙");
        HttpResponse<String> xml = reader.postRaw(path, "application/xml", "<comment><text>乙</text></comment>");

        for (HttpResponse<String> response : List.of(json, plain, none, xml)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).select("#comment-text-error"))
                    .isNotEmpty();
        }
        HttpResponse<String> noToken = new Reader(this::address).postRaw(path, "application/json", "{}");
        assertThat(noToken.statusCode()).isEqualTo(303);
        assertThat(noToken.headers().firstValue("Location").orElseThrow()).contains("/comments/new");
        assertThat(countRows("reader_comment")).isEqualTo(before);

        String boundary = "----masthead" + System.nanoTime();
        String multipart = part(boundary, "_csrf", reader.token()) + part(boundary, "nickname", "表单读者")
                + part(boundary, "text", "用 multipart 提交的评论。") + "--" + boundary + "--\r\n";
        HttpResponse<String> form = send(HttpRequest.newBuilder(address(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Forwarded-For", Reader.nextAddress())
                .header("Cookie", "XSRF-TOKEN=" + xsrfCookieOf(reader))
                .POST(HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.UTF_8))
                .build());
        assertThat(form.statusCode()).as("a multipart form works like any form").isEqualTo(303);
        assertThat(api("GET", "/api/v1/comments?articleId=" + article.id())
                        .as(StaffRole.MODERATOR)
                        .json()
                        .get("items")
                        .findValuesAsString("nickname"))
                .containsExactly("表单读者");
    }

    /** No element that runs script, and no event-handler or javascript: attribute, anywhere under {@code root}. */
    private static void thenNothingLive(Element root) {
        assertThat(root.select("script, img, svg, iframe, object, embed, style"))
                .isEmpty();
        for (Element element : root.getAllElements()) {
            element.attributes().forEach(a -> {
                assertThat(a.getKey()).doesNotStartWith("on");
                assertThat(a.getValue().toLowerCase()).doesNotStartWith("javascript:");
            });
        }
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String xsrfCookieOf(Reader reader) {
        return reader.cookie("XSRF-TOKEN");
    }
}
