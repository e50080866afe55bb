package com.masthead.pagecache;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A page being rendered for the cache: its bytes, and the locale the application gave it. Tomcat keeps the
 * locale apart from the headers and sends it as {@code Content-Language} only with a body, so it is not among
 * the header names a cached page replays; it is kept here and set again on every answer from the cache.
 */
final class RenderedResponse extends ContentCachingResponseWrapper {

    private Locale locale;

    RenderedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setLocale(Locale locale) {
        super.setLocale(locale);
        if (!isCommitted()) {
            this.locale = locale;
        }
    }

    /** The locale the application set, or null when it set none. */
    Locale locale() {
        return locale;
    }
}
