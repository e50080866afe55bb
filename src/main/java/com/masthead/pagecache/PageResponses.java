package com.masthead.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Writes a cached page: 304 when the client's copy is current, gzip when the client accepts it. */
final class PageResponses {

    private PageResponses() {}

    static void send(
            CachedPage page, HttpServletRequest request, HttpServletResponse response, PageCacheProperties properties)
            throws IOException {
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", properties.cacheControl());
        response.setHeader("Vary", "Accept-Encoding");
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
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
        response.setContentType(page.contentType());
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
