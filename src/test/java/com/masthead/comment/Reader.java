package com.masthead.comment;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reader's browser as the comment form sees it: its own cookies (the XSRF-TOKEN), a User-Agent, and a client
 * address sent as {@code X-Forwarded-For} (the tests talk to the site from loopback, a trusted proxy, so each
 * reader gets the address it claims). Redirects are not followed, so tests see them.
 */
final class Reader {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";

    private final Function<String, URI> uri;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String address;
    private String token;

    Reader(Function<String, URI> uri) {
        this.uri = uri;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.address = nextAddress();
    }

    /** A documentation-range address no other reader of this test run has used. */
    static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    /** The value of one of this reader's cookies, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    String address() {
        return address;
    }

    Reader from(String address) {
        this.address = address;
        return this;
    }

    /** What comments.js does: fetches the token (and cookie) the cached page lacks. */
    String token() {
        if (token == null) {
            HttpResponse<String> response = get("/comments/token");
            if (response.statusCode() != 200) {
                throw new AssertionError("token: " + response.statusCode());
            }
            token = JsonMapper.shared().readTree(response.body()).get("token").asString();
        }
        return token;
    }

    /** Posts the comment form of an article page, token included. */
    HttpResponse<String> comment(String articleUrl, String nickname, String text) {
        return comment(articleUrl, form(nickname, text, null));
    }

    HttpResponse<String> comment(String articleUrl, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", token());
        return post(commentsOf(articleUrl), withToken);
    }

    static Map<String, String> form(String nickname, String text, String contact) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nickname", nickname);
        form.put("text", text);
        if (contact != null) {
            form.put("contact", contact);
        }
        form.put("website", "");
        return form;
    }

    /** {@code /news/…/42.html} → {@code /news/…/42/comments}. */
    static String commentsOf(String articleUrl) {
        return articleUrl.substring(0, articleUrl.length() - ".html".length()) + "/comments";
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> postRaw(String path, String contentType, String body) {
        HttpRequest.Builder request =
                request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return send(request);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), uri.apply(path).toString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri.apply(path))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", BROWSER)
                .header("X-Forwarded-For", address);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
