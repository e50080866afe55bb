package com.masthead.system.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP and database helpers of the cluster bench: an API token, JSON calls, form posts, the edge's TLS. */
final class BenchHttp {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(3))
            .sslContext(trustingEveryone())
            .build();
    static final JsonMapper JSON = JsonMapper.shared();

    private BenchHttp() {}

    /** Issues an admin API token straight into the database (the bench is test code) and returns its secret. */
    static String issueToken(String jdbcUrl) throws Exception {
        // the shape ApiTokens accepts: "mh_" and 40 characters; usable only with an expiry in the future
        byte[] random = new byte[20];
        new SecureRandom().nextBytes(random);
        String secret = "mh_" + HexFormat.of().formatHex(random);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into api_token (name, token_hash, token_prefix, role, owner_id, issued_by, created_at,"
                                + " expires_at) values (?, ?, ?, 'ADMIN', null, 'cluster-bench', ?, ?)")) {
            insert.setString(1, "cluster-bench-" + System.currentTimeMillis());
            insert.setString(2, hash);
            insert.setString(3, secret.substring(0, 8));
            insert.setLong(4, System.currentTimeMillis());
            insert.setLong(5, System.currentTimeMillis() + Duration.ofDays(1).toMillis());
            insert.executeUpdate();
        }
        return secret;
    }

    static HttpResponse<String> api(String base, String token, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> form(String url, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page's CSRF token (the hidden {@code _csrf} field), or an empty string. */
    static String csrf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        return m.find() ? m.group(1) : "";
    }

    /** The session cookie the answer sets ({@code MASTHEAD_SESSION=...}), or {@code fallback}. */
    static String sessionCookie(HttpResponse<?> answer, String fallback) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("MASTHEAD_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(fallback);
    }

    /** Opens the login form on {@code node}: {cookie, csrf}. */
    static String[] loginForm(String node, String... headers) throws IOException, InterruptedException {
        HttpResponse<String> page = get(node + "/login", headers);
        return new String[] {sessionCookie(page, ""), csrf(page.body())};
    }

    /** True when the request never reached the server (safe to send to another instance). */
    static boolean notSent(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The bench's nginx has a self-signed certificate for news.example.org; this client trusts any. */
    private static SSLContext trustingEveryone() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
