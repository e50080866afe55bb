package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Anonymous pages come from memory, and a change shows on the very next request of every page it affects while
 * unrelated pages stay cached.
 */
public interface PageCacheContract extends SiteClient {

    HttpResponse<byte[]> getBytes(String path, String... headers);

    default String cacheStatus(String path) {
        return get(path).headers().firstValue("X-Cache").orElse("none");
    }

    @Test
    default void secondRequestIsServedFromMemoryWithValidatorsAndCachingHeaders() {
        Scene scene = Scene.create(fixtures());
        String url = scene.article.get("url").asString();
        get(url);

        HttpResponse<String> second = get(url);

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Cache")).contains("HIT");
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("Last-Modified")).isPresent();
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow())
                .contains("public")
                .contains("s-maxage=")
                .contains("stale-while-revalidate=");
        assertThat(second.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(getBytes(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> gzipped = getBytes(url, "Accept-Encoding", "gzip, br");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(second.body());
    }

    @Test
    default void publishingShowsOnEveryAffectedPageAndLeavesUnrelatedPagesCached() {
        Scene scene = Scene.create(fixtures());
        List<String> affected = List.of(
                "/",
                scene.parentUrl(),
                scene.childUrl(),
                scene.article.get("url").asString(),
                scene.seriesUrl());
        String unrelated = scene.unrelatedChannelUrl();
        affected.forEach(this::get);
        get(unrelated);
        assertThat(cacheStatus(unrelated)).isEqualTo("HIT");

        JsonNode fresh = fixtures()
                .article(scene.childId())
                .set("title", "新发布的稿件" + ContentFixtures.unique("n"))
                .set("seriesId", scene.seriesId())
                .set("seriesPart", 2)
                .publish();

        String title = fresh.get("content").get("title").asString();
        for (String path : affected) {
            assertThat(get(path).body()).as(path).contains(title);
        }
        assertThat(cacheStatus(unrelated)).isEqualTo("HIT");
    }

    @Test
    default void revisingATitleShowsEverywhereItAppearsAtOnce() {
        Scene scene = Scene.create(fixtures());
        JsonNode article = scene.article;
        String url = article.get("url").asString();
        // The neighbour's page shows the article only in its latest-news block: the teaser tag must reach it.
        String neighbour = scene.neighbour().get("url").asString();
        List<String> pages = List.of(url, scene.childUrl(), scene.parentUrl(), "/", neighbour);
        pages.forEach(this::get);
        String unrelated = scene.unrelatedChannelUrl();
        get(unrelated);

        Map<String, Object> revised = fixtures()
                .article(scene.childId())
                .set("title", "改后标题" + ContentFixtures.unique("r"))
                .set("seriesId", scene.seriesId())
                .set("seriesPart", 1)
                .json();
        HttpResponse<String> put = api(
                        "PUT", "/api/v1/articles/" + article.get("id").asLong())
                .header("If-Match", "\"" + article.get("version").asInt() + "\"")
                .body(revised)
                .send();
        assertThat(put.statusCode()).isEqualTo(200);
        for (String path : pages) {
            assertThat(get(path).body())
                    .as("%s before the correction is published", path)
                    .doesNotContain((String) revised.get("title"));
        }
        HttpResponse<String> publish = api(
                        "POST", "/api/v1/articles/" + article.get("id").asLong() + "/publish")
                .as(StaffRole.EDITOR_IN_CHIEF)
                .send();
        assertThat(publish.statusCode()).isEqualTo(200);

        for (String path : pages) {
            assertThat(get(path).body()).as(path).contains((String) revised.get("title"));
        }
        assertThat(cacheStatus(unrelated)).isEqualTo("HIT");
    }

    @Test
    default void unpublishingRemovesTheStoryFromItsPageAndEveryList() {
        Scene scene = Scene.create(fixtures());
        String url = scene.article.get("url").asString();
        String title = scene.article.get("content").get("title").asString();
        List<String> lists = List.of("/", scene.childUrl(), scene.parentUrl(), scene.issueUrl());
        get(url);
        lists.forEach(this::get);

        api("POST", "/api/v1/articles/" + scene.article.get("id").asLong() + "/unpublish")
                .body(Map.of("reason", "撤稿测试"))
                .send();

        assertThat(get(url).statusCode()).isEqualTo(410);
        for (String path : lists) {
            assertThat(get(path).body()).as(path).doesNotContain(title);
        }
    }

    @Test
    default void requestsWithCredentialsOrASessionAreNeverServedFromTheCache() {
        Scene scene = Scene.create(fixtures());
        String url = scene.article.get("url").asString();
        get(url);
        get(url);

        HttpResponse<byte[]> withSession = getBytes(url, "Cookie", "JSESSIONID=abc");
        HttpResponse<byte[]> withToken = getBytes(url, "Authorization", "Bearer x");

        assertThat(withSession.headers().firstValue("X-Cache")).isEmpty();
        assertThat(withToken.headers().firstValue("X-Cache")).isEmpty();
    }

    @Test
    default void redirectsAreRelativeAndNeitherRedirectsNorErrorsAreSharedAsPages() {
        Scene scene = Scene.create(fixtures());
        String withoutSlash = scene.childUrl().substring(0, scene.childUrl().length() - 1);

        HttpResponse<byte[]> redirect = getBytes(withoutSlash, "X-Forwarded-Host", "evil.example");
        HttpResponse<byte[]> forwarded = getBytes(withoutSlash, "Forwarded", "host=evil.example;proto=https");
        HttpResponse<byte[]> missing = getBytes("/channel/no-such-channel-" + ContentFixtures.unique("m") + "/");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).contains(scene.childUrl());
        assertThat(forwarded.headers().firstValue("Location")).contains(scene.childUrl());
        assertThat(missing.statusCode()).isEqualTo(404);
        for (HttpResponse<byte[]> answer : List.of(redirect, forwarded, missing)) {
            assertThat(answer.headers().firstValue("Cache-Control").orElse(""))
                    .as("%s %s", answer.statusCode(), answer.uri())
                    .doesNotContain("public")
                    .doesNotContain("max-age=60");
        }
    }

    @Test
    default void queryParametersAPageDoesNotReadShareItsCachedCopy() {
        Scene scene = Scene.create(fixtures());
        String url = scene.childUrl();
        get(url);

        assertThat(cacheStatus(url + "?x=1")).isEqualTo("HIT");
        assertThat(cacheStatus(url + "?x=2&utm_source=flood")).isEqualTo("HIT");
        get(url + "?page=1");
        assertThat(cacheStatus(url + "?x=3&page=1")).isEqualTo("HIT");
        // a parameter the page reads is part of the key; one it reads twice is left to the application
        HttpResponse<byte[]> twice = getBytes(url + "?page=1&page=2");
        assertThat(twice.headers().firstValue("X-Cache")).isEmpty();
        assertThat(twice.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }

    @Test
    default void englishReadersGetTheirOwnCachedCopy() {
        Scene scene = Scene.create(fixtures());
        String url = scene.childUrl();
        get(url);

        HttpResponse<byte[]> english = getBytes(url, "Cookie", "masthead_lang=en");

        assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains("lang=\"en\"");
        assertThat(get(url).body()).contains("lang=\"zh-CN\"");
    }

    @Test
    default void aColdPageHitByManyReadersAtOnceIsRenderedOnce() throws Exception {
        Scene scene = Scene.create(fixtures());
        String url = scene.article.get("url").asString();
        int readers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                calls.add(() -> cacheStatus(url));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
            assertThat(statuses.stream().filter("MISS"::equals).count()).isEqualTo(1);
            assertThat(statuses).allMatch(s -> s.equals("MISS") || s.equals("WAIT") || s.equals("HIT"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parent channel with a child, a published print article in a series, and an unrelated channel. */
    record Scene(
            JsonNode parent,
            JsonNode child,
            JsonNode unrelated,
            JsonNode neighbour,
            JsonNode series,
            ContentFixtures.PrintPage page,
            JsonNode article) {

        static Scene create(ContentFixtures f) {
            JsonNode parent = f.channel("缓存父栏目", null);
            JsonNode child = f.channel("缓存子栏目", parent.get("id").asLong());
            JsonNode unrelated = f.channel("无关栏目", null);
            JsonNode neighbour = f.article(unrelated.get("id").asLong()).publish();
            JsonNode series = f.series("缓存系列");
            ContentFixtures.PrintPage page = f.printPage("缓存日报", LocalDate.of(2025, 3, 18), 2, "综合");
            JsonNode article = f.article(child.get("id").asLong())
                    .set("seriesId", series.get("id").asLong())
                    .set("seriesPart", 1)
                    .set("pageId", page.pageId())
                    .publish();
            return new Scene(parent, child, unrelated, neighbour, series, page, article);
        }

        long childId() {
            return child.get("id").asLong();
        }

        long seriesId() {
            return series.get("id").asLong();
        }

        String parentUrl() {
            return "/channel/" + parent.get("path").asString() + "/";
        }

        String childUrl() {
            return "/channel/" + child.get("path").asString() + "/";
        }

        String unrelatedChannelUrl() {
            return "/channel/" + unrelated.get("path").asString() + "/";
        }

        String seriesUrl() {
            return series.get("url").asString();
        }

        String issueUrl() {
            return "/paper/" + page.newspaperSlug() + "/" + page.date() + "/";
        }
    }

    static HttpResponse<byte[]> fetch(java.net.URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
