package com.masthead.pagecache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the purges that are due in the queue, on every instance: on a schedule ({@code
 * masthead.cache.purge-queue.poll-interval}) and right after a change queued some. Each purge is claimed with a
 * lease before its attempt, so two instances never send it together and a crashed instance's claim expires; the
 * claimed batch is sent in parallel. A 2xx answer, a 404 (the proxy did not hold the page) and a 410 (an edge
 * refresh now holds a taken-down article's answer) count as done and delete the request; anything else is retried
 * after {@code retry-delay}, doubled per attempt, until {@code masthead.cache.purge-attempts}, then kept as failed
 * (the dead letters on {@code /admin/purges}). One drain runs at a time per instance.
 */
@Component
@EnableConfigurationProperties(PurgeQueueProperties.class)
class PurgeWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PurgeWorker.class);

    private final PurgeQueueRepository queue;
    private final PageCacheProperties cacheProperties;
    private final PurgeQueueProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "page-purge");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final Counter sent;
    private final Counter failed;

    PurgeWorker(
            PurgeQueueRepository queue,
            PageCacheProperties cacheProperties,
            PurgeQueueProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.queue = queue;
        this.cacheProperties = cacheProperties;
        this.properties = properties;
        this.clock = clock;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        this.sent = meters.counter("masthead.cache.purges", "outcome", "sent");
        this.failed = meters.counter("masthead.cache.purges", "outcome", "failed");
    }

    /** Asks for a drain soon, in the background; several nudges before it starts cause one drain. */
    void nudge() {
        if (nudged.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudged.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    log.warn("sending queued purges failed; the scheduled run will try again", e);
                }
            });
        }
    }

    @Scheduled(
            fixedDelayString =
                    "#{@'masthead.cache.purge-queue-com.masthead.pagecache.PurgeQueueProperties'.pollInterval()}",
            initialDelayString =
                    "#{@'masthead.cache.purge-queue-com.masthead.pagecache.PurgeQueueProperties'.pollInterval()}")
    void scheduled() {
        drain();
    }

    /** Claims and sends every purge that is due now (a batch at most); returns how many were done. */
    synchronized int drain() {
        long now = clock.millis();
        List<Attempt> attempts = new ArrayList<>();
        for (QueuedPurge purge : queue.due(now, properties.batchSize())) {
            long leaseUntil = now + properties.lease().toMillis();
            if (queue.claim(purge.id(), purge.nextAttemptAt().toEpochMilli(), leaseUntil)) {
                attempts.add(new Attempt(purge, purge.attempts() + 1, send(purge.url())));
            }
        }
        int done = 0;
        for (Attempt attempt : attempts) {
            if (settle(attempt)) {
                done++;
            }
        }
        return done;
    }

    private CompletableFuture<HttpResponse<Void>> send(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .method(cacheProperties.purgeMethod(), HttpRequest.BodyPublishers.noBody())
                    .build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean settle(Attempt attempt) {
        String error;
        try {
            int status = attempt.response().join().statusCode();
            if (status < 300 || status == 404 || status == 410) {
                queue.delete(attempt.purge().id());
                sent.increment();
                return true;
            }
            error = "HTTP " + status;
        } catch (CompletionException e) {
            error = String.valueOf(e.getCause());
        }
        long id = attempt.purge().id();
        if (attempt.number() >= cacheProperties.purgeAttempts()) {
            queue.markFailed(id, clock.millis(), error);
            failed.increment();
            log.warn("purge of {} failed after {} attempts: {}", attempt.purge().url(), attempt.number(), error);
        } else {
            long pause = properties.retryDelay().toMillis() << Math.min(attempt.number() - 1, 16);
            queue.markRetry(id, clock.millis() + pause, error);
            log.debug(
                    "purge of {} attempt {} failed, next in {} ms: {}",
                    attempt.purge().url(),
                    attempt.number(),
                    pause,
                    error);
        }
        return false;
    }

    @Override
    public void destroy() {
        nudges.shutdownNow();
    }

    private record Attempt(QueuedPurge purge, int number, CompletableFuture<HttpResponse<Void>> response) {}
}
