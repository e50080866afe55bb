package com.masthead.pagecache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which requests may be answered from (and stored into) the page cache: anonymous GET and HEAD requests
 * for public pages. Anything that carries a session, credentials or a language switch goes to the application.
 *
 * <p>The key holds only the query parameters some public page reads ({@link #READ_BY_PAGES}): {@code ?x=1},
 * {@code ?utm_source=…} and the like share the page's one copy, so nobody can fill the cache (or go around it)
 * with made-up parameters. A query the key could read differently from the page (a read parameter given twice,
 * or a name written with %-escapes that decodes to one) is not cached at all. deploy/nginx/masthead.conf keys
 * the edge cache the same way.
 */
final class CacheableRequests {

    static final String LANGUAGE_COOKIE = "masthead_lang";

    private static final List<String> NEVER = List.of(
            "/api/",
            "/actuator",
            "/media/",
            "/assets/",
            "/swagger-ui",
            "/v3/",
            "/admin",
            "/login",
            "/logout",
            "/beacon",
            "/error",
            "/staff",
            // results depend on the whole index, which no tag describes (a "no results" page would stay cached
            // after the first matching article is published)
            "/search");
    /** Every query parameter a cacheable public page reads; the cache key ignores all others. */
    private static final Set<String> READ_BY_PAGES =
            Set.of("page", "article", "error", "expired", "visible", "number", "email");

    private static final List<String> SESSION_COOKIES =
            List.of("MASTHEAD_SESSION", "JSESSIONID", "SESSION", "remember-me");

    private CacheableRequests() {}

    static boolean isCacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        for (String prefix : NEVER) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        // the digital edition's PDFs (tens of megabytes) are files with an ETag of their own, not pages to buffer
        if (path.endsWith(".pdf")) {
            return false;
        }
        if (request.getHeader("Authorization") != null
                || request.getParameter("lang") != null
                || keyedQuery(request.getQueryString()) == null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIES.contains(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The cache key: the reader's language plus the path and the query parameters the page reads. */
    static String key(HttpServletRequest request) {
        String language = "zh-CN";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    language = cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh-CN";
                }
            }
        }
        return language + "|" + pathAndQuery(request);
    }

    /** The path plus the query parameters pages read, as the page's canonical address for purges. */
    static String pathAndQuery(HttpServletRequest request) {
        String query = keyedQuery(request.getQueryString());
        return query == null || query.isEmpty() ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /**
     * The parameters of {@code query} that pages read, as sent (not decoded) and sorted; empty when there are
     * none; null when the query is ambiguous: a read parameter twice, or an escaped name that decodes to one.
     */
    static String keyedQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (READ_BY_PAGES.contains(name)) {
                if (!seen.add(name)) {
                    return null;
                }
                kept.add(pair);
            } else if (name.indexOf('%') >= 0 && READ_BY_PAGES.contains(decoded(name))) {
                return null;
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return name;
        }
    }

    static String pathOf(String key) {
        return key.substring(key.indexOf('|') + 1);
    }
}
