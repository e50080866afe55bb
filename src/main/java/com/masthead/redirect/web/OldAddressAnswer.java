package com.masthead.redirect.web;

import com.masthead.redirect.OldAddresses;
import com.masthead.redirect.OldPaths;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/** The answer to an old address: 301 with the new path, cacheable for a day. */
final class OldAddressAnswer {

    static final String CACHE_CONTROL = "public, max-age=86400";

    private OldAddressAnswer() {}

    /** The new path for a GET or HEAD of an old address, if there is one. */
    static Optional<String> targetFor(OldAddresses addresses, String method, String rawPath, String rawQuery) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        return OldPaths.of(rawPath, rawQuery).flatMap(addresses::targetOf);
    }

    static void send(HttpServletResponse response, String target) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", target);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setContentLength(0);
    }
}
