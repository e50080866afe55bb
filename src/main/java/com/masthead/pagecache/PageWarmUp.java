package com.masthead.pagecache;

import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleTeaser;
import com.masthead.popularity.MostRead;
import com.masthead.popularity.MostReadRanking;
import com.masthead.popularity.RankedArticle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the page cache after a start ({@code masthead.cache.warm-up.*}, {@link PageCacheProperties.WarmUp}): the
 * home page, the most-read articles and the newest articles, requested over HTTP from this very instance
 * (loopback, no cookies), so each page is rendered, checked and stored exactly as a reader's first request would
 * have it, by the same rules. Runs on one background thread, one page at a time (at most one core), and stops at
 * {@code maxDuration}; readiness is not waited for it. A page a reader asks for meanwhile is rendered once: the
 * filter lets the second request wait for the first render.
 */
@Component
class PageWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PageWarmUp.class);

    private final PageCacheProperties properties;
    private final ArticleReading articles;
    private final MostReadRanking mostRead;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private volatile int port;

    PageWarmUp(PageCacheProperties properties, ArticleReading articles, MostReadRanking mostRead, Clock clock) {
        this.properties = properties;
        this.articles = articles;
        this.mostRead = mostRead;
        this.clock = clock;
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** After the most-read rankings were loaded (they load on the same event). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void started() {
        if (properties.enabled() && properties.warmUp().enabled() && port > 0) {
            Thread thread = new Thread(this::warm, "page-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The pages to warm, in order: home, most-read (week, then day), newest; each once. */
    List<String> pages() {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        MostRead ranked = mostRead.current();
        ranked.week().stream().map(RankedArticle::url).forEach(paths::add);
        ranked.day().stream().map(RankedArticle::url).forEach(paths::add);
        int newest = properties.warmUp().newest();
        if (newest > 0) {
            articles.latest(newest).stream().map(ArticleTeaser::url).forEach(paths::add);
        }
        return List.copyOf(paths);
    }

    /** Requests every page of {@link #pages()} until done or out of time; returns the pages it requested. */
    WarmUpReport warm() {
        Instant started = clock.instant();
        Instant deadline = started.plus(properties.warmUp().maxDuration());
        List<String> warmed = new ArrayList<>();
        List<String> pages = pages();
        for (String path : pages) {
            if (clock.instant().isAfter(deadline) || !request(path)) {
                break;
            }
            warmed.add(path);
        }
        WarmUpReport report = new WarmUpReport(warmed, pages.size(), Duration.between(started, clock.instant()));
        log.info(
                "page cache warm-up: {} of {} pages in {} ms",
                report.warmed().size(),
                report.planned(),
                report.took().toMillis());
        return report;
    }

    private boolean request(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            log.warn("page cache warm-up stopped at {}: {}", path, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What a warm-up did: the pages requested, in order, out of how many planned, and how long it took. */
    record WarmUpReport(List<String> warmed, int planned, Duration took) {}
}
