package com.masthead.pagecache;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rendered page ready to send: its bytes plain and gzipped, the response headers to replay (security headers
 * included, cookies never), a strong ETag and the time it was rendered.
 */
record CachedPage(
        byte[] plain,
        byte[] gzip,
        String contentType,
        Map<String, List<String>> headers,
        String etag,
        long lastModified,
        Set<String> tags) {

    int weight() {
        return plain.length + gzip.length + 512;
    }
}
