package com.masthead.support;

import com.masthead.staff.ApiTokens;
import com.masthead.staff.NewApiToken;
import com.masthead.staff.NewStaffAccount;
import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffAccounts;
import com.masthead.staff.StaffRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Real-HTTP helpers shared by the full-stack tests: page fetching, JSON API calls with a token per role. */
public abstract class SiteTestSupport implements SiteClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApiTokens tokens;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected StaffAccounts staffAccounts;

    private final Map<StaffRole, String> tokenByRole = new EnumMap<>(StaffRole.class);
    private final Map<String, String> tokenByOwner = new ConcurrentHashMap<>();

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    @Override
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), uri(path).toString());
    }

    public String token(StaffRole role) {
        return tokenByRole.computeIfAbsent(
                role, r -> tokens.issue("test-" + r.name().toLowerCase(), r).secret());
    }

    @Override
    public String tokenFor(String owner, StaffRole role) {
        return tokenByOwner.computeIfAbsent(
                owner + ":" + role,
                key -> tokens.issue(new NewApiToken("test-" + owner, role, owner, null), "test")
                        .secret());
    }

    /** The password of every account made by {@link #staffAccount}. */
    public static final String STAFF_PASSWORD = "Newsroom-Test-2026!";

    @Override
    public StaffAccount staffAccount(String login, StaffRole... roles) {
        return staffAccountIn(login, Set.of(), roles);
    }

    @Override
    public StaffAccount staffAccountIn(String login, Set<Long> channelIds, StaffRole... roles) {
        return staffAccounts
                .findByLogin(login)
                .orElseGet(() -> staffAccounts.create(
                        new NewStaffAccount(
                                login,
                                "测试" + login,
                                login + "@example.test",
                                Set.of(roles),
                                channelIds,
                                STAFF_PASSWORD),
                        "test"));
    }

    @Override
    public StaffSession newStaffSession() {
        return new StaffSession(this::uri);
    }

    @Override
    public StaffSession loginAs(String login, StaffRole... roles) {
        return loginAsIn(login, Set.of(), roles);
    }

    @Override
    public StaffSession loginAsIn(String login, Set<Long> channelIds, StaffRole... roles) {
        staffAccountIn(login, channelIds, roles);
        StaffSession session = newStaffSession();
        HttpResponse<String> response = session.login(login, STAFF_PASSWORD);
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError(
                    "login as " + login + " failed: " + response.headers().map());
        }
        return session;
    }

    @Override
    public ApiCall api(String method, String path) {
        return new ApiCall(method, path);
    }

    @Override
    public long countRows(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Override
    public JdbcClient database() {
        return jdbc;
    }

    @Override
    public JsonNode parse(String body) {
        return json.readTree(body);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A JSON API request under construction: role, headers, body. Admin by default. */
    public final class ApiCall {

        private final String method;
        private final String path;
        private StaffRole role = StaffRole.ADMIN;
        private boolean anonymous;
        private final HttpRequest.Builder builder;
        private byte[] body;

        private ApiCall(String method, String path) {
            this.method = method;
            this.path = path;
            this.builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        }

        public ApiCall as(StaffRole role) {
            this.role = role;
            return this;
        }

        public ApiCall anonymously() {
            this.anonymous = true;
            return this;
        }

        public ApiCall header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public ApiCall body(Object value) {
            String text = value instanceof String s ? s : json.writeValueAsString(value);
            this.body = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /** A body sent byte for byte, as JSON, even when it is not well-formed UTF-8. */
        public ApiCall body(byte[] bytes) {
            this.body = bytes.clone();
            return this;
        }

        public HttpResponse<String> send() {
            if (!anonymous) {
                builder.header("Authorization", "Bearer " + token(role));
            }
            if (body != null) {
                builder.header("Content-Type", "application/json");
            }
            builder.method(
                    method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            return SiteTestSupport.this.send(builder.build());
        }

        public JsonNode json() {
            return parse(send().body());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
