package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import com.masthead.support.StaffSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the permission matrix in {@code docs/permissions.md}: every staff page and API operation × anonymous and
 * every role, over real HTTP with real sessions and tokens. The document is the test's input, so it cannot drift
 * from what the application does; and every mapped {@code /admin/**} and {@code /api/v1/**} endpoint must be in it.
 */
public interface PermissionMatrixContract extends SiteClient {

    Path MATRIX = Path.of("docs/permissions.md");
    List<StaffRole> ROLES = List.of(
            StaffRole.REPORTER,
            StaffRole.EDITOR,
            StaffRole.SECTION_CHIEF,
            StaffRole.EDITOR_IN_CHIEF,
            StaffRole.MODERATOR,
            StaffRole.ADMIN);

    /** Spring MVC's mappings of the running application. */
    RequestMappingHandlerMapping mappings();

    String token(StaffRole role);

    URI uri(String path);

    HttpResponse<String> send(HttpRequest request);

    /** Every mapped endpoint under /admin and /api/v1 as "METHOD path-pattern". */
    default Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings()
                .getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/admin") || p.startsWith("/api/v1"))
                        .forEach(p -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> endpoints.add(m.name() + " " + p))));
        return endpoints;
    }

    default HttpResponse<String> sendWithToken(String method, String path, StaffRole role) {
        return send(jsonRequest(method, path)
                .header("Authorization", "Bearer " + token(role))
                .build());
    }

    default HttpResponse<String> sendAnonymously(String method, String path) {
        return send(jsonRequest(method, path).build());
    }

    private HttpRequest.Builder jsonRequest(String method, String path) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : emptyJson());
    }

    @Test
    default void everyStaffPageAndApiOperationIsInTheMatrix() {
        Set<String> documented = new TreeSet<>();
        rows().forEach(r -> documented.add(r.method() + " " + r.path()));

        assertThat(new TreeSet<>(mappedEndpoints()))
                .as("endpoints missing from docs/permissions.md")
                .isSubsetOf(documented);
    }

    /**
     * Requests every documented endpoint anonymously and as every role and compares with the document. Also writes
     * what it saw for every row to {@code target/permissions-observed.md}: the starting point when an endpoint is
     * added (copy the row into the document, then check each cell against what the role should be allowed).
     */
    @Test
    default void everyRoleGetsExactlyWhatTheMatrixSays() throws IOException {
        Map<StaffRole, StaffSession> sessions = new EnumMap<>(StaffRole.class);
        for (StaffRole role : ROLES) {
            sessions.put(role, loginAs("matrix-" + role.name().toLowerCase(), role));
            sessions.get(role).page("/admin/account");
        }
        List<String> wrong = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        for (Row row : rows()) {
            String path = row.path().replaceAll("\\{[^}]+}", "1");
            boolean api = path.startsWith("/api/");
            HttpResponse<String> anonymous = sendAnonymously(row.method(), path);
            boolean anonymousKept = api
                    ? anonymous.statusCode() == 401
                    : anonymous.statusCode() == 302
                            && anonymous
                                    .headers()
                                    .firstValue("Location")
                                    .orElse("")
                                    .contains("/login");
            // (a form post without a session fails its CSRF check first and goes to /login?expired)
            if (!anonymousKept) {
                wrong.add(row.method() + " " + row.path() + " anonymous: " + anonymous.statusCode());
            }
            StringBuilder line = new StringBuilder("| " + row.method() + " | `" + row.path() + "` |");
            for (StaffRole role : ROLES) {
                HttpResponse<String> response =
                        api ? sendWithToken(row.method(), path, role) : send(sessions.get(role), row.method(), path);
                boolean denied = response.statusCode() == 403 || response.statusCode() == 401;
                line.append(denied ? " ✗ |" : " ✓ |");
                boolean allowed = row.allowed().contains(role);
                if (allowed == denied) {
                    wrong.add(row.method() + " " + row.path() + " as " + role + ": " + response.statusCode()
                            + (allowed ? " (should be allowed)" : " (should be 403)"));
                }
            }
            observed.add(line.toString());
        }
        Path out = Path.of("target", "permissions-observed.md");
        Files.createDirectories(out.getParent());
        Files.write(out, observed, StandardCharsets.UTF_8);
        assertThat(wrong).as("cells of docs/permissions.md that do not hold").isEmpty();
    }

    /**
     * Walks every row that changes an article with accounts limited to another channel: for each role the row
     * allows, a session (pages) or a token owned by such an account (API) asks for the change on an article
     * outside its channel, with a request that would otherwise be well-formed; every one must be refused with 403
     * and the article must stay as it was.
     */
    @Test
    default void channelLimitedAccountsAndTokensGet403OnEveryArticleChangeOutsideTheirChannels() {
        long theirs = fixtures().channel("矩阵限定栏目", null).get("id").asLong();
        long target = fixtures().channel("矩阵目标栏目", null).get("id").asLong();
        long article = fixtures().article(target).create();
        String before = api("GET", "/api/v1/articles/" + article).send().body();
        Map<StaffRole, StaffSession> sessions = new EnumMap<>(StaffRole.class);
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            boolean api = row.path().startsWith("/api/v1/articles");
            if (!(api || row.path().startsWith("/admin/articles"))
                    || row.method().equals("GET")) {
                continue;
            }
            String path = row.path().replace("{id}", String.valueOf(article));
            for (StaffRole role : row.allowed()) {
                String login = "matrix-limited-" + role.name().toLowerCase().replace('_', '-');
                staffAccountIn(login, Set.of(theirs), role);
                HttpResponse<String> response = api
                        ? articleCall(row.method(), path, tokenFor(login, role), target, article)
                        : sessions.computeIfAbsent(role, r -> limitedSession(login, theirs, r))
                                .post(path, articleForm(target, article));
                // the refusal must be the channel's, not a missing CSRF token or another rule
                if (response.statusCode() != 403 || !response.body().contains(CHANNEL_REFUSAL)) {
                    wrong.add(row.method() + " " + row.path() + " as channel-limited " + role + ": "
                            + response.statusCode());
                }
            }
        }
        assertThat(wrong)
                .as("article changes let through outside the actor's channels")
                .isEmpty();
        assertThat(api("GET", "/api/v1/articles/" + article).send().body()).isEqualTo(before);
    }

    /** The Chinese text of {@code review.forbidden.channel}, the refusal of a change outside one's channels. */
    String CHANNEL_REFUSAL = "您没有该栏目稿件的操作权限";

    private StaffSession limitedSession(String login, long channel, StaffRole role) {
        StaffSession session = loginAsIn(login, Set.of(channel), role);
        session.page("/admin/account");
        return session;
    }

    private Map<String, String> articleForm(long channel, long article) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("version", String.valueOf(version(article)));
        form.put("channelId", String.valueOf(channel));
        form.put("title", "越权修改");
        form.put("body", "<p>越权修改。</p>");
        form.put("rights", "ORIGINAL");
        form.put("reason", "越权");
        form.put("revision", "1");
        form.put("publishAt", "2099-01-01T08:00");
        form.put("next", "hold");
        return form;
    }

    private HttpResponse<String> articleCall(String method, String path, String secret, long channel, long article) {
        Map<String, Object> body =
                new java.util.HashMap<>(fixtures().article(channel).json());
        body.put("reason", "越权");
        return api(method, path)
                .anonymously()
                .header("Authorization", "Bearer " + secret)
                .header("If-Match", "\"" + version(article) + "\"")
                .body(body)
                .send();
    }

    private int version(long article) {
        return api("GET", "/api/v1/articles/" + article).json().get("version").asInt();
    }

    private static HttpResponse<String> send(StaffSession session, String method, String path) {
        return switch (method) {
            case "GET" -> session.get(path);
            case "POST" -> session.post(path, Map.of());
            default -> throw new IllegalArgumentException(method + " " + path);
        };
    }

    /** The matrix rows: {@code | METHOD | path | ✓/✗ per role in ROLES order |}. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + MATRIX, e);
        }
        for (String line : lines) {
            String[] cells = line.split("\\|");
            if (cells.length < 3 + ROLES.size() || !cells[1].strip().matches("GET|POST|PUT|PATCH|DELETE")) {
                continue;
            }
            Set<StaffRole> allowed = new TreeSet<>();
            for (int i = 0; i < ROLES.size(); i++) {
                String cell = cells[3 + i].strip();
                if (cell.equals("✓")) {
                    allowed.add(ROLES.get(i));
                } else if (!cell.equals("✗")) {
                    throw new AssertionError("cell must be ✓ or ✗: " + line);
                }
            }
            rows.add(new Row(cells[1].strip(), cells[2].strip().replace("`", ""), allowed));
        }
        assertThat(rows).as("rows in " + MATRIX).isNotEmpty();
        return rows;
    }

    static HttpRequest.BodyPublisher emptyJson() {
        return HttpRequest.BodyPublishers.ofString("{}");
    }

    /** One line of the matrix. */
    record Row(String method, String path, Set<StaffRole> allowed) {}
}
