package com.masthead.pagecache;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rendered page ready to send: its bytes plain and gzipped, the response headers to replay (security headers
 * included, cookies never), the locale the application set (null if none; Tomcat sends it as
 * {@code Content-Language}), a strong ETag and the time it was rendered.
 */
record CachedPage(
        byte[] plain,
        byte[] gzip,
        String contentType,
        Locale locale,
        Map<String, List<String>> headers,
        String etag,
        long lastModified,
        Set<String> tags) {

    int weight() {
        return plain.length + gzip.length + 512;
    }
}
