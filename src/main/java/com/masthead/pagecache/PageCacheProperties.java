package com.masthead.pagecache;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Page cache settings ({@code masthead.cache.*}).
 *
 * @param enabled serve anonymous pages from memory; false renders every request (for benchmarks and debugging)
 * @param earlyHits answer hits inside Tomcat, before the servlet filter chain and Spring's dispatch (same rules,
 *     bytes and headers); false answers them in the first servlet filter, as before (for comparison)
 * @param maxSize memory for cached pages, plain and gzip bytes together
 * @param browserMaxAge {@code max-age} sent to browsers
 * @param sharedMaxAge {@code s-maxage} for CDNs and reverse proxies (which also get purge requests)
 * @param staleWhileRevalidate how long a shared cache may serve an expired copy while it refetches
 * @param otherAnswersSharedMaxAge {@code s-maxage} of every answer to a cacheable request that is not a
 *     {@code 200} page (redirects, 404, a taken-down article's 410, errors): never {@code public}, kept by shared
 *     caches this long at most (long enough for an edge refresh to replace a page that has gone); zero sends
 *     {@code no-store}
 * @param renderWait how long a request waits for another request that is rendering the same page
 * @param maxAgeInMemory a safety net, not the mechanism: pages are evicted exactly on change, and at the latest
 *     after this long (which also bounds how long another instance's change can go unseen here)
 * @param purgeEndpoints URL templates that receive a purge request for every evicted page; {@code {path}} is
 *     replaced by the page's path and query, e.g. {@code http://127.0.0.1:8081/purge{path}}
 * @param purgeMethod HTTP method of purge requests ({@code PURGE} for nginx/Varnish style purgers)
 * @param purgeAttempts tries per purge request before it is kept as failed (see {@code /admin/purges})
 * @param warmUp the pages rendered into the cache at start-up ({@link WarmUp})
 */
@ConfigurationProperties("masthead.cache")
public record PageCacheProperties(
        Boolean enabled,
        Boolean earlyHits,
        DataSize maxSize,
        Duration browserMaxAge,
        Duration sharedMaxAge,
        Duration staleWhileRevalidate,
        Duration otherAnswersSharedMaxAge,
        Duration renderWait,
        Duration maxAgeInMemory,
        List<String> purgeEndpoints,
        String purgeMethod,
        int purgeAttempts,
        WarmUp warmUp) {

    public PageCacheProperties {
        enabled = enabled == null || enabled;
        earlyHits = earlyHits == null || earlyHits;
        maxSize = maxSize == null ? DataSize.ofMegabytes(256) : maxSize;
        browserMaxAge = browserMaxAge == null ? Duration.ofSeconds(60) : browserMaxAge;
        sharedMaxAge = sharedMaxAge == null ? Duration.ofMinutes(5) : sharedMaxAge;
        staleWhileRevalidate = staleWhileRevalidate == null ? Duration.ofMinutes(10) : staleWhileRevalidate;
        otherAnswersSharedMaxAge = otherAnswersSharedMaxAge == null ? Duration.ofSeconds(10) : otherAnswersSharedMaxAge;
        renderWait = renderWait == null ? Duration.ofSeconds(3) : renderWait;
        maxAgeInMemory = maxAgeInMemory == null ? Duration.ofMinutes(10) : maxAgeInMemory;
        purgeEndpoints = purgeEndpoints == null ? List.of() : List.copyOf(purgeEndpoints);
        purgeMethod = purgeMethod == null || purgeMethod.isBlank() ? "PURGE" : purgeMethod;
        purgeAttempts = purgeAttempts <= 0 ? 8 : purgeAttempts;
        warmUp = warmUp == null ? new WarmUp(null, null, null) : warmUp;
    }

    /**
     * The cache warm-up after a start ({@code masthead.cache.warm-up.*}): in the background, once the application
     * is ready (readiness is never delayed), the home page, the most-read articles (day and week) and the newest
     * articles are requested from the instance itself, one at a time, so the first readers after a deploy find them
     * cached.
     *
     * @param enabled warm the cache at start-up
     * @param newest how many of the newest articles to warm (0 to 200)
     * @param maxDuration the warm-up stops after this long, however far it got
     */
    public record WarmUp(Boolean enabled, Integer newest, Duration maxDuration) {

        public WarmUp {
            enabled = enabled == null || enabled;
            newest = newest == null ? 100 : Math.max(0, Math.min(200, newest));
            maxDuration = maxDuration == null ? Duration.ofMinutes(2) : maxDuration;
        }
    }

    /** The Cache-Control value of a cacheable public page. */
    String cacheControl() {
        return "public, max-age=" + browserMaxAge.toSeconds() + ", s-maxage=" + sharedMaxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
    }

    /** The Cache-Control value of any other answer to a cacheable request: not public, short or not at all. */
    String otherAnswersCacheControl() {
        long seconds = otherAnswersSharedMaxAge.toSeconds();
        return seconds <= 0 ? "no-store" : "max-age=0, s-maxage=" + seconds;
    }
}
