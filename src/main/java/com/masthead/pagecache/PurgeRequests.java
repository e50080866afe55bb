package com.masthead.pagecache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells reverse proxies and CDNs to drop evicted pages: one request per configured endpoint and path, sent in the
 * background, retried with growing pauses, and logged (and counted) when it finally fails. A 404 answer means
 * the proxy did not hold the page, a 410 that an edge refresh now holds a taken-down article's answer: both count
 * as success.
 */
@Component
class PurgeRequests {

    private static final Logger log = LoggerFactory.getLogger(PurgeRequests.class);

    private final PageCacheProperties properties;
    private final HttpClient http;
    private final ScheduledExecutorService executor;
    private final Counter sent;
    private final Counter failed;

    PurgeRequests(PageCacheProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.executor = Executors.newScheduledThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "page-purge");
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .executor(executor)
                .build();
        this.sent = meters.counter("masthead.cache.purges", "outcome", "sent");
        this.failed = meters.counter("masthead.cache.purges", "outcome", "failed");
    }

    void purge(Collection<String> paths) {
        for (String endpoint : properties.purgeEndpoints()) {
            for (String path : paths) {
                URI uri = URI.create(endpoint.replace("{path}", path));
                executor.execute(() -> send(uri, 1));
            }
        }
    }

    private void send(URI uri, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(5))
                .method(properties.purgeMethod(), HttpRequest.BodyPublishers.noBody())
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            boolean ok = error == null
                    && (response.statusCode() < 300 || response.statusCode() == 404 || response.statusCode() == 410);
            if (ok) {
                sent.increment();
            } else if (attempt < properties.purgeAttempts()) {
                executor.schedule(() -> send(uri, attempt + 1), 200L << attempt, TimeUnit.MILLISECONDS);
            } else {
                failed.increment();
                log.warn(
                        "purge of {} failed after {} attempts: {}",
                        uri,
                        attempt,
                        error != null ? error.toString() : "HTTP " + response.statusCode());
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
