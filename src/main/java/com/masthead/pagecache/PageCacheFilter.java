package com.masthead.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers cacheable requests from {@link PageCache}; on a miss, lets exactly one request per page render it
 * (others wait up to {@code renderWait} for that render), records the content tags the render used and stores
 * the result. Runs before Spring Security: a cached page replays the security headers it was rendered with. Hits
 * are normally answered earlier still, by {@link EarlyHitValve}; this filter answers those that became hits in
 * between (and all of them with {@code masthead.cache.early-hits=false}).
 */
class PageCacheFilter extends OncePerRequestFilter {

    private static final Set<String> NOT_REPLAYED = Set.of(
            "set-cookie",
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "date",
            "etag",
            "last-modified",
            "cache-control",
            "vary",
            "pragma",
            "expires",
            "content-type");

    private final PageCache cache;
    private final PageCacheProperties properties;
    private final PageResponses responses;
    private final Clock clock;
    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

    PageCacheFilter(PageCache cache, PageCacheProperties properties, PageResponses responses, Clock clock) {
        this.cache = cache;
        this.properties = properties;
        this.responses = responses;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CacheableRequests.isCacheable(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", responses.cacheControl());
        response = new SharedCachingByStatus(response, properties.otherAnswersCacheControl());
        if (!properties.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        String key = CacheableRequests.key(request);
        CachedPage cached = cache.get(key);
        if (cached != null) {
            response.setHeader("X-Cache", "HIT");
            responses.send(cached, request, response);
            return;
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> other = rendering.putIfAbsent(key, mine);
        if (other != null) {
            CachedPage rendered = await(other);
            if (rendered != null) {
                response.setHeader("X-Cache", "WAIT");
                responses.send(rendered, request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        CachedPage rendered = null;
        try {
            rendered = renderAndStore(key, request, response, chain);
        } finally {
            rendering.remove(key, mine);
            mine.complete(rendered);
        }
    }

    private CachedPage renderAndStore(
            String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RenderedResponse wrapper = new RenderedResponse(response);
        long startedAt = cache.sequence();
        PageTags.start();
        Set<String> tags;
        try {
            chain.doFilter(request, wrapper);
        } finally {
            tags = PageTags.finish();
        }
        CachedPage page = storable(wrapper, tags) ? page(wrapper, tags) : null;
        if (page == null) {
            response.setHeader("X-Cache", "PASS");
            wrapper.copyBodyToResponse();
            return null;
        }
        boolean stored = cache.store(key, page, startedAt);
        response.setHeader("X-Cache", stored ? "MISS" : "PASS");
        responses.send(page, request, response);
        // A render overtaken by an eviction is not handed to the requests waiting for it (one of them may be an
        // edge refresh sent because of that very eviction): they render afresh.
        return stored ? page : null;
    }

    private static boolean storable(RenderedResponse response, Set<String> tags) {
        String type = response.getContentType();
        return response.getStatus() == 200
                && !tags.isEmpty()
                && response.getHeader("Set-Cookie") == null
                && type != null
                && (type.startsWith("text/html") || type.contains("xml") || type.startsWith("text/plain"));
    }

    private CachedPage page(RenderedResponse response, Set<String> tags) {
        byte[] plain = response.getContentAsByteArray();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase())) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return new CachedPage(
                plain,
                gzip(plain),
                response.getContentType(),
                response.locale(),
                headers,
                etag(plain),
                clock.millis() / 1000 * 1000,
                Set.copyOf(tags));
    }

    private CachedPage await(CompletableFuture<CachedPage> render) {
        try {
            return render.get(properties.renderWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] plain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
