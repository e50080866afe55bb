package com.masthead.settings;

import com.masthead.system.MastheadProperties;
import org.springframework.stereotype.Component;

/**
 * The base URL used until an admin sets one. In demo mode it is the address this server listens on (localhost and
 * the port the web server got, known once it started), so that canonical links, feeds and sitemaps work on any
 * port; in production it stays the placeholder and the admin is warned. Never built from request headers, which a
 * client controls. Thread-safe.
 */
@Component
class BaseUrlFallback {

    private final boolean demo;
    private volatile int port;

    BaseUrlFallback(MastheadProperties properties) {
        this.demo = properties.seedDemoContent();
    }

    void listeningOn(int port) {
        this.port = port;
    }

    String baseUrl() {
        return demo && port > 0 ? "http://localhost:" + port : SiteSettingsDefaults.BASE_URL;
    }

    /** Whether links point at a placeholder rather than a real address, as long as no base URL is stored. */
    boolean isPlaceholder() {
        return !demo;
    }
}
