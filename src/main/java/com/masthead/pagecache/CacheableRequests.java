package com.masthead.pagecache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * Decides which requests may be answered from (and stored into) the page cache: anonymous GET and HEAD requests
 * for public pages. Anything that carries a session, credentials or a language switch goes to the application.
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
        if (request.getHeader("Authorization") != null || request.getParameter("lang") != null) {
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

    /** The cache key: the reader's language plus the path and query. */
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

    static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    static String pathOf(String key) {
        return key.substring(key.indexOf('|') + 1);
    }
}
