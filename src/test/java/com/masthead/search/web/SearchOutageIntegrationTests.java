package com.masthead.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.OpenSearchNode;
import com.masthead.support.SiteTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OpenSearch backend when the cluster goes away: the real node is stopped under a running application, which
 * keeps serving its pages while search answers 503 and health reports it; the node comes back and an article
 * published meanwhile is caught up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchOutageIntegrationTests extends SiteTestSupport {

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:sqlite:" + DATA_DIR.resolve("masthead.db")
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
        registry.add("masthead.search.backend", () -> "opensearch");
        registry.add(
                "masthead.search.opensearch.urls", () -> OpenSearchNode.shared().url());
        registry.add("masthead.search.opensearch.index-prefix", () -> "outage");
    }

    @AfterEach
    void nodeIsBack() {
        OpenSearchNode.shared();
    }

    @Test
    void withTheClusterDownPagesAreServedSearchSaysUnavailableAndIndexingCatchesUpWhenItReturns() {
        String before = marker();
        anArticle("停机前的新闻 " + before).publish();
        assertThat(page(searchUrl(before)).select(".search-result")).hasSize(1);
        // ready once the first build has ended and a catch-up has run after it
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(get("/actuator/health").statusCode()).isEqualTo(200));

        OpenSearchNode.shared().stop();

        assertThat(get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> search = get(searchUrl(before));
        assertThat(search.statusCode()).isEqualTo(503);
        Document page = Jsoup.parse(search.body());
        assertThat(page.selectFirst(".error-page").text()).contains("搜索暂时不可用");
        assertThat(page.select("header, footer")).isNotEmpty();
        assertThat(search.body()).doesNotContain("Exception", "at com.masthead");
        HttpResponse<String> english = send(HttpRequest.newBuilder(uri(searchUrl(before)))
                .header("Cookie", "masthead_lang=en")
                .GET()
                .build());
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("Search is unavailable");
        HttpResponse<String> staff =
                api("GET", "/api/v1/search?q=" + before).as(StaffRole.REPORTER).send();
        assertThat(staff.statusCode()).isEqualTo(503);
        assertThat(parse(staff.body()).get("code").asString()).isEqualTo("unavailable");
        assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        // the newsroom keeps publishing; the index cannot follow yet
        String during = marker();
        long id = anArticle("停机期间发布 " + during).publish().get("id").asLong();
        assertThat(id).isPositive();

        OpenSearchNode.shared().start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
            assertThat(page(searchUrl(during)).select(".search-result")).hasSize(1);
        });
        assertThat(page(searchUrl(before)).select(".search-result")).hasSize(1);
    }

    private ContentFixtures.ArticleBuilder anArticle(String title) {
        ContentFixtures f = fixtures();
        long channel = f.channel("停机测试", null).get("id").asLong();
        return f.article(channel).set("title", title).set("summary", "用于搜索停机测试的导语。");
    }

    private static String marker() {
        return ContentFixtures.unique("kw").replace("-", "x");
    }

    private static String searchUrl(String q) {
        return "/search?q=" + q;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("masthead-opensearch-outage");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
