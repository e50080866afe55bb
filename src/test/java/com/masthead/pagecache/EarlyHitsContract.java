package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.FilterChainWitness;
import com.masthead.support.SiteClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Cache hits are answered in the container, before the servlet filter chain and Spring's dispatch, with the very
 * bytes and headers the application's own answer for the page carries; every request the cache must not answer
 * still reaches the application.
 */
public interface EarlyHitsContract extends SiteClient {

    /** Headers that differ between two answers of the same page by nature: the clock and the cache's own report. */
    Set<String> PER_ANSWER = Set.of("date", "x-cache");

    HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    URI uri(String path);

    PageCache pageCache();

    default long seenByTheFilterChain(String method, String pathAndQuery) {
        return FilterChainWitness.seen(uri("/").getPort(), method, pathAndQuery);
    }

    @Test
    default void aHitIsAnsweredBeforeTheFilterChain() {
        String url = anArticle().get("url").asString();
        assertThat(send("GET", url).headers().firstValue("X-Cache")).contains("MISS");
        assertThat(seenByTheFilterChain("GET", url)).isEqualTo(1);

        HttpResponse<byte[]> hit = send("GET", url);

        assertThat(hit.statusCode()).isEqualTo(200);
        assertThat(hit.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(seenByTheFilterChain("GET", url)).isEqualTo(1);
        assertThat(send("GET", url + "?utm_source=x").headers().firstValue("X-Cache"))
                .contains("HIT");
        assertThat(seenByTheFilterChain("GET", url + "?utm_source=x")).isZero();
    }

    @Test
    default void anEarlyHitCarriesTheBytesAndHeadersOfTheRenderedPage() {
        String url = anArticle().get("url").asString();
        HttpResponse<byte[]> rendered = send("GET", url);
        HttpResponse<byte[]> renderedGzip = send("GET", url, "Accept-Encoding", "gzip");
        assertThat(rendered.headers().firstValue("X-Cache")).contains("MISS");

        HttpResponse<byte[]> hit = send("GET", url);
        HttpResponse<byte[]> hitGzip = send("GET", url, "Accept-Encoding", "gzip");

        assertThat(hit.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(hitGzip.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(seenByTheFilterChain("GET", url)).isEqualTo(1);
        assertThat(hit.body()).isEqualTo(rendered.body());
        assertThat(comparable(hit)).isEqualTo(comparable(rendered));
        assertThat(hitGzip.body()).isEqualTo(renderedGzip.body());
        assertThat(comparable(hitGzip)).isEqualTo(comparable(renderedGzip));
        assertThat(comparable(hit))
                .containsKeys(
                        "cache-control",
                        "content-language",
                        "content-length",
                        "content-security-policy",
                        "content-type",
                        "etag",
                        "last-modified",
                        "vary",
                        "x-content-type-options");
    }

    @Test
    default void conditionalRequestsAreAnsweredEarlyAsTheApplicationAnswersThem() {
        JsonNode article = anArticle();
        String url = article.get("url").asString();
        HttpResponse<byte[]> first = send("GET", url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        pageCache().invalidateHere(List.of("article:" + article.get("id").asLong()));
        HttpResponse<byte[]> renderedNotModified = send("GET", url, "If-None-Match", etag);
        assertThat(renderedNotModified.headers().firstValue("X-Cache")).contains("MISS");
        long seen = seenByTheFilterChain("GET", url);

        HttpResponse<byte[]> notModified = send("GET", url, "If-None-Match", etag);
        HttpResponse<byte[]> sinceModified = send("GET", url, "If-Modified-Since", lastModified);
        HttpResponse<byte[]> otherEtag = send("GET", url, "If-None-Match", "\"0123\"");

        assertThat(seenByTheFilterChain("GET", url)).isEqualTo(seen);
        assertThat(renderedNotModified.statusCode()).isEqualTo(304);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(comparable(notModified)).isEqualTo(comparable(renderedNotModified));
        assertThat(sinceModified.statusCode()).isEqualTo(304);
        assertThat(otherEtag.statusCode()).isEqualTo(200);
        assertThat(otherEtag.body()).isEqualTo(first.body());
    }

    @Test
    default void aHeadHitCarriesTheHeadersOfTheGetWithoutTheBody() {
        String url = anArticle().get("url").asString();
        HttpResponse<byte[]> get = send("GET", url);

        HttpResponse<byte[]> head = send("HEAD", url);

        assertThat(head.headers().firstValue("X-Cache")).contains("HIT");
        assertThat(seenByTheFilterChain("HEAD", url)).isZero();
        assertThat(head.body()).isEmpty();
        assertThat(comparable(head)).isEqualTo(comparable(get));
        assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(get.body().length));
    }

    @Test
    default void aStaffSessionIsNeverAnsweredFromTheCache() {
        for (String cookie : List.of("MASTHEAD_SESSION=abc", "JSESSIONID=abc", "SESSION=abc", "remember-me=abc")) {
            assertGoesToTheApplication("", "Cookie", cookie);
        }
    }

    @Test
    default void credentialsAreNeverAnsweredFromTheCache() {
        assertGoesToTheApplication("", "Authorization", "Bearer not-a-token");
    }

    @Test
    default void aLanguageSwitchIsNeverAnsweredFromTheCache() {
        assertGoesToTheApplication("?lang=en");
    }

    @Test
    default void aQueryTheKeyCouldReadOtherwiseIsNeverAnsweredFromTheCache() {
        assertGoesToTheApplication("?page=1&page=2");
        assertGoesToTheApplication("?p%61ge=2");
    }

    @Test
    default void otherMethodsAreNeverAnsweredFromTheCache() {
        String url = anArticle().get("url").asString();
        send("GET", url);
        long seen = seenByTheFilterChain("POST", url);

        HttpResponse<byte[]> post = send("POST", url);

        assertThat(post.headers().firstValue("X-Cache")).isEmpty();
        assertThat(post.statusCode()).isNotEqualTo(200);
        assertThat(seenByTheFilterChain("POST", url)).isEqualTo(seen + 1);
    }

    @Test
    default void aChangeIsSeenByTheVeryNextRequest() {
        JsonNode article = anArticle();
        String url = article.get("url").asString();
        send("GET", url);
        assertThat(send("GET", url).headers().firstValue("X-Cache")).contains("HIT");

        api("POST", "/api/v1/articles/" + article.get("id").asLong() + "/unpublish")
                .body(Map.of("reason", "提前命中撤稿测试"))
                .send();
        long seen = seenByTheFilterChain("GET", url);

        HttpResponse<byte[]> next = send("GET", url);

        assertThat(next.statusCode()).isEqualTo(410);
        assertThat(seenByTheFilterChain("GET", url)).isEqualTo(seen + 1);
    }

    private void assertGoesToTheApplication(String query, String... headers) {
        String url = anArticle().get("url").asString();
        send("GET", url);
        assertThat(send("GET", url).headers().firstValue("X-Cache")).contains("HIT");
        long seen = seenByTheFilterChain("GET", url + query);

        HttpResponse<byte[]> answer = send("GET", url + query, headers);

        assertThat(answer.headers().firstValue("X-Cache"))
                .as("%s %s", query, List.of(headers))
                .isEmpty();
        assertThat(seenByTheFilterChain("GET", url + query)).isEqualTo(seen + 1);
    }

    private JsonNode anArticle() {
        JsonNode channel = fixtures().channel("提前命中栏目", null);
        return fixtures().article(channel.get("id").asLong()).publish();
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's headers by lower-case name, without those that differ per answer by nature. */
    private static Map<String, List<String>> comparable(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_ANSWER.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }
}
