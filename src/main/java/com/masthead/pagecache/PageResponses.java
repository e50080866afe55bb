package com.masthead.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a cached page: 304 when the client's copy is current (with the validators, caching and security headers
 * a 200 carries), gzip when the client accepts it. The same for the
 * early hits ({@link EarlyHitValve}) and the filter's answers ({@link PageCacheFilter}), so both send the same
 * bytes and headers. Thread-safe.
 */
final class PageResponses {

    private final String cacheControl;

    PageResponses(PageCacheProperties properties) {
        this.cacheControl = properties.cacheControl();
    }

    /** The Cache-Control value of a cached page, computed once. */
    String cacheControl() {
        return cacheControl;
    }

    void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept-Encoding");
        for (Map.Entry<String, List<String>> header : page.headers().entrySet()) {
            boolean first = true;
            for (String value : header.getValue()) {
                if (first) {
                    response.setHeader(header.getKey(), value);
                    first = false;
                } else {
                    response.addHeader(header.getKey(), value);
                }
            }
        }
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.locale() != null) {
            response.setLocale(page.locale());
        }
        boolean gzip = acceptsGzip(request);
        byte[] body = gzip ? page.gzip() : page.plain();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        // One buffer for the whole page: the container then writes it to the socket in one go.
        response.setBufferSize(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(page.etag()) || ifNoneMatch.strip().equals("*");
        }
        try {
            long ifModifiedSince = request.getDateHeader("If-Modified-Since");
            return ifModifiedSince >= 0 && ifModifiedSince >= page.lastModified();
        } catch (IllegalArgumentException malformedDate) {
            return false;
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Encoding");
        return accept != null && accept.toLowerCase().contains("gzip");
    }
}
