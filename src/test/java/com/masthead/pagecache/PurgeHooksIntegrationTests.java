package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteTestSupport;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every eviction reaches the configured purge endpoint (a real HTTP server here, standing in for an nginx or CDN
 * purge API); a purger that fails at first is retried.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"masthead.seed-demo-content=false", "masthead.cache.purge-attempts=3"})
class PurgeHooksIntegrationTests extends SiteTestSupport {

    private static final BlockingQueue<String> PURGED = new LinkedBlockingQueue<>();
    private static final AtomicInteger FAILURES_TO_SIMULATE = new AtomicInteger();
    private static final HttpServer PURGER = startPurger();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("masthead-purge-test");
        registry.add("masthead.data-dir", dataDir::toString);
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dataDir.resolve("t.db") + "?foreign_keys=true");
        registry.add(
                "masthead.cache.purge-endpoints",
                () -> "http://127.0.0.1:" + PURGER.getAddress().getPort() + "/purge{path}");
    }

    @AfterAll
    static void stopPurger() {
        PURGER.stop(0);
    }

    @Test
    void publishingPurgesTheArticleItsChannelAndTheFrontPage() throws InterruptedException {
        ContentFixtures f = fixtures();
        JsonNode channel = f.channel("清除", null);
        get("/");
        PURGED.clear();

        JsonNode article = f.article(channel.get("id").asLong()).publish();

        List<String> purged = drain();
        assertThat(purged)
                .contains(
                        "PURGE /purge/",
                        "PURGE /purge" + article.get("url").asString(),
                        "PURGE /purge/channel/" + channel.get("path").asString() + "/");
    }

    @Test
    void aFailingPurgerIsRetried() throws InterruptedException {
        JsonNode channel = fixtures().channel("重试", null);
        JsonNode article = fixtures().article(channel.get("id").asLong()).publish();
        PURGED.clear();
        FAILURES_TO_SIMULATE.set(1);

        api("POST", "/api/v1/articles/" + article.get("id").asLong() + "/unpublish")
                .body(java.util.Map.of("reason", "重试测试"))
                .send();

        assertThat(drain()).contains("PURGE /purge" + article.get("url").asString());
        assertThat(FAILURES_TO_SIMULATE.get()).isZero();
    }

    private static List<String> drain() throws InterruptedException {
        List<String> seen = new java.util.ArrayList<>();
        String first = PURGED.poll(10, TimeUnit.SECONDS);
        if (first != null) {
            seen.add(first);
        }
        String next;
        while ((next = PURGED.poll(1500, TimeUnit.MILLISECONDS)) != null) {
            seen.add(next);
        }
        return seen;
    }

    private static HttpServer startPurger() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                int status = 200;
                if (FAILURES_TO_SIMULATE.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    status = 503;
                } else {
                    PURGED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
