package com.masthead.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client for the staff UI: keeps its own cookies (the session), reads the CSRF token from the
 * pages it fetches and sends it with every form post. Redirects are not followed, so tests see them.
 */
public final class StaffSession {

    private Function<String, URI> uri;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;
    private String address;

    StaffSession(Function<String, URI> uri) {
        this.uri = uri;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Sends every following request as coming from {@code address} ({@code X-Forwarded-For}, which the application
     * believes from 127.0.0.1), so that per-address login limits of other tests do not reach this one.
     */
    public StaffSession from(String address) {
        this.address = address;
        return this;
    }

    /**
     * Sends every following request to {@code site} instead, with the same cookies (session) and CSRF token: as a
     * browser whose load balancer picks another instance, or whose instance was restarted.
     */
    public StaffSession via(SiteTestSupport site) {
        this.uri = site::uri;
        return this;
    }

    /** Logs in through the form; returns the response to the POST (a redirect on success). */
    public HttpResponse<String> login(String login, String password) {
        page("/login");
        return post("/login", Map.of("username", login, "password", password));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri.apply(path)).GET());
        rememberCsrf(response);
        return response;
    }

    /** GET that must answer 200, parsed. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return Jsoup.parse(response.body(), uri.apply(path).toString());
    }

    /** A form post with the session's CSRF token added. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null && !fields.containsKey("_csrf")) {
            fields.put("_csrf", csrf);
        }
        return postRaw(path, fields);
    }

    /** A form post exactly as given (no CSRF token added). */
    public HttpResponse<String> postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri.apply(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        rememberCsrf(response);
        return response;
    }

    /** Follows one redirect answer with a GET and parses the target page. */
    public Document follow(HttpResponse<String> redirect) {
        String location = redirect.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError(
                        "expected a redirect, got " + redirect.statusCode() + ": " + redirect.body()));
        URI target = URI.create(location);
        return page(target.isAbsolute() ? target.getRawPath() + query(target) : location);
    }

    public HttpCookie cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElse(null);
    }

    public String csrfToken() {
        return csrf;
    }

    private static String query(URI uri) {
        return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    }

    private void rememberCsrf(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() == 200 && type.startsWith("text/html")) {
            Element input = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
            if (input != null) {
                csrf = input.attr("value");
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        try {
            return http.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
