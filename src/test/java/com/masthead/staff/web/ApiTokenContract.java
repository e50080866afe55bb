package com.masthead.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffAccount;
import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * API tokens: they belong to a staff account and act with its channel limits and its articles, they expire, they can
 * be revoked (API, staff page), and issuing and revoking are audited.
 */
interface ApiTokenContract extends SiteClient {

    /** A channel of the demo newspaper. */
    long demoChannelId();

    @Test
    default void aReporterTokenChangesOnlyItsOwnersDrafts() {
        staffAccount("tok1-reporter", StaffRole.REPORTER);
        String reporter = tokenFor("tok1-reporter", StaffRole.REPORTER);
        long someoneElses = fixtures().article(demoChannelId()).create();
        long ownersDraft = draftWrittenOnThePages(loginAs("tok1-reporter", StaffRole.REPORTER));

        HttpResponse<String> foreign = put(reporter, someoneElses, "记者令牌改他人稿件");
        HttpResponse<String> own = put(reporter, ownersDraft, "记者令牌改自己的稿件");

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(title(someoneElses)).doesNotContain("记者令牌");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(title(ownersDraft)).isEqualTo("记者令牌改自己的稿件");
    }

    @Test
    default void aTokenOfAChannelLimitedOwnerChangesNothingOutsideThoseChannels() {
        long own = fixtures().channel("令牌栏目", null).get("id").asLong();
        staffAccountIn("tok2-chief", Set.of(own), StaffRole.EDITOR_IN_CHIEF);
        String limited = tokenFor("tok2-chief", StaffRole.EDITOR_IN_CHIEF);
        long draft = fixtures().article(demoChannelId()).create();
        long live = fixtures().article(demoChannelId()).publish().get("id").asLong();
        long articles = countRows("article");

        assertThat(put(limited, draft, "越权修改").statusCode()).isEqualTo(403);
        assertThat(call(limited, "POST", "/api/v1/articles/" + draft + "/publish", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(limited, "POST", "/api/v1/articles/" + live + "/unpublish", Map.of("reason", "越权下线"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(
                                limited,
                                "POST",
                                "/api/v1/articles",
                                fixtures().article(demoChannelId()).json())
                        .statusCode())
                .isEqualTo(403);

        assertThat(countRows("article")).isEqualTo(articles);
        assertThat(status(draft)).isEqualTo("DRAFT");
        assertThat(status(live)).isEqualTo("PUBLISHED");
        assertThat(call(
                                limited,
                                "POST",
                                "/api/v1/articles",
                                fixtures().article(own).json())
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    default void anAdminIssuesATokenThroughTheApiThatWorksUntilRevokedAndBothAreAudited() {
        staffAccount("tok3-editor", StaffRole.EDITOR);
        JsonNode issued = api("POST", "/api/v1/tokens")
                .body(Map.of("name", "tok3-wire", "role", "EDITOR", "owner", "tok3-editor"))
                .json();
        String secret = issued.get("secret").asString();
        long id = issued.get("id").asLong();
        Instant expires = Instant.parse(issued.get("expiresAt").asString());

        assertThat(issued.get("owner").asString()).isEqualTo("tok3-editor");
        assertThat(expires)
                .isBetween(
                        Instant.now().plus(89, ChronoUnit.DAYS), Instant.now().plus(91, ChronoUnit.DAYS));
        assertThat(call(secret, "GET", "/api/v1/articles", null).statusCode()).isEqualTo(200);
        JsonNode listed = api("GET", "/api/v1/tokens/" + id).json();
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();
        assertThat(listed.has("secret")).isFalse();

        JsonNode revoked = api("POST", "/api/v1/tokens/" + id + "/revoke").json();

        assertThat(revoked.get("revokedAt").isNull()).isFalse();
        assertThat(revoked.get("revokedBy").asString()).isEqualTo("api:test-admin");
        assertThat(call(secret, "GET", "/api/v1/articles", null).statusCode()).isEqualTo(401);
        List<String> actions = new ArrayList<>();
        api("GET", "/api/v1/audit?subject=api-token:" + id)
                .json()
                .get("items")
                .forEach(item -> actions.add(item.get("action").asString()));
        assertThat(actions).contains("api-token.issued", "api-token.revoked");
    }

    @Test
    default void theFirstStartsTokenBelongsToAnAdministratorAndExpires() {
        JsonNode initial = null;
        for (JsonNode token : api("GET", "/api/v1/tokens").json().get("items")) {
            if (token.get("name").asString().equals("initial-admin")) {
                initial = token;
            }
        }

        assertThat(initial).isNotNull();
        assertThat(initial.get("owner").asString()).isEqualTo("admin");
        assertThat(initial.get("issuedBy").asString()).isEqualTo("system");
        assertThat(initial.get("expiresAt").isNull()).isFalse();
    }

    @Test
    default void aTokenStopsWorkingWhenItExpires() {
        staffAccount("tok4-reporter", StaffRole.REPORTER);
        String secret = api("POST", "/api/v1/tokens")
                .body(Map.of(
                        "name", "tok4-short",
                        "role", "REPORTER",
                        "owner", "tok4-reporter",
                        "expiresAt", Instant.now().plusSeconds(3).toString()))
                .json()
                .get("secret")
                .asString();

        assertThat(call(secret, "GET", "/api/v1/channels", null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> call(secret, "GET", "/api/v1/channels", null).statusCode() == 401);
    }

    @Test
    default void aTokenStopsWorkingWhenItsOwnersAccountIsDeactivated() {
        StaffAccount owner = staffAccount("tok5-editor", StaffRole.EDITOR);
        String secret = tokenFor("tok5-editor", StaffRole.EDITOR);
        assertThat(call(secret, "GET", "/api/v1/channels", null).statusCode()).isEqualTo(200);

        StaffSession admin = loginAs("tok5-admin", StaffRole.ADMIN);
        admin.page("/admin/users/" + owner.id());
        HttpResponse<String> deactivated = admin.post(
                "/admin/users/" + owner.id(),
                Map.of(
                        "realName", owner.realName(),
                        "email", owner.email(),
                        "roles", "EDITOR",
                        "version", String.valueOf(owner.version())));

        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(call(secret, "GET", "/api/v1/channels", null).statusCode()).isEqualTo(401);
    }

    @Test
    default void issuingRefusesAnUnknownOwnerAndAnExpiryInThePastNamingTheFieldsAndSavesNothing() {
        api("GET", "/api/v1/tokens").send(); // issues the test's own admin token before counting
        long before = countRows("api_token");

        HttpResponse<String> refused = api("POST", "/api/v1/tokens")
                .body(Map.of(
                        "name", "tok6-bad",
                        "role", "EDITOR",
                        "owner", "nobody-here",
                        "expiresAt", Instant.now().minusSeconds(60).toString()))
                .send();

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(parse(refused.body()).get("code").asString()).isEqualTo("validation-failed");
        List<String> fields = new ArrayList<>();
        parse(refused.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("owner", "expiresAt");
        assertThat(countRows("api_token")).isEqualTo(before);
    }

    @Test
    default void anAdminIssuesAndRevokesATokenOnTheTokensPage() {
        staffAccount("tok7-reporter", StaffRole.REPORTER);
        StaffSession admin = loginAs("tok7-admin", StaffRole.ADMIN);
        admin.page("/admin/tokens");
        long before = countRows("api_token");

        HttpResponse<String> blank = admin.post(
                "/admin/tokens", Map.of("name", " ", "role", "REPORTER", "owner", "tok7-reporter", "expiresOn", ""));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(blank.body()).select("#name-error").text()).isNotBlank();
        assertThat(countRows("api_token")).isEqualTo(before);

        String until = LocalDate.now().plusDays(30).toString();
        HttpResponse<String> issued = admin.post(
                "/admin/tokens",
                Map.of("name", "tok7-desk", "role", "REPORTER", "owner", "tok7-reporter", "expiresOn", until));
        assertThat(issued.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(issued.body());
        String secret = page.select("#token-secret").attr("value");
        assertThat(secret).startsWith("mh_");
        assertThat(call(secret, "GET", "/api/v1/channels", null).statusCode()).isEqualTo(200);
        var row = page.select("#token-list tr:contains(tok7-desk)").first();
        // valid until the end of the chosen day in the site's zone, listed as the next day's midnight
        assertThat(row.text())
                .contains("tok7-reporter")
                .contains(LocalDate.parse(until).plusDays(1) + " 00:00");

        String revokeAction = row.select("form").attr("action");
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", row.select("input[name=_csrf]").attr("value"));
        HttpResponse<String> revoked = admin.post(revokeAction, form);

        assertThat(revoked.statusCode()).isEqualTo(302);
        Document after = admin.follow(revoked);
        assertThat(after.select(".bo-notice[role=status]").text()).contains("tok7-desk");
        assertThat(after.select("#token-list tr:contains(tok7-desk) form")).isEmpty();
        assertThat(call(secret, "GET", "/api/v1/channels", null).statusCode()).isEqualTo(401);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private HttpResponse<String> call(String secret, String method, String path, Object body) {
        var call = api(method, path).anonymously().header("Authorization", "Bearer " + secret);
        if (body != null) {
            call.body(body);
        } else if (!method.equals("GET")) {
            call.body("{}");
        }
        return call.send();
    }

    private HttpResponse<String> put(String secret, long id, String title) {
        HttpResponse<String> current = api("GET", "/api/v1/articles/" + id).send();
        Map<String, Object> body =
                new HashMap<>(fixtures().article(demoChannelId()).json());
        JsonNode article = parse(current.body());
        body.put("channelId", article.get("content").get("channelId").asLong());
        body.put("title", title);
        return api("PUT", "/api/v1/articles/" + id)
                .anonymously()
                .header("Authorization", "Bearer " + secret)
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .body(body)
                .send();
    }

    private String title(long id) {
        return api("GET", "/api/v1/articles/" + id)
                .json()
                .get("content")
                .get("title")
                .asString();
    }

    private String status(long id) {
        return api("GET", "/api/v1/articles/" + id).json().get("status").asString();
    }

    private long draftWrittenOnThePages(StaffSession reporter) {
        reporter.page("/admin/articles/new");
        HttpResponse<String> created = reporter.post(
                "/admin/articles",
                Map.of(
                        "channelId", String.valueOf(demoChannelId()),
                        "title", "记者自己的草稿",
                        "body", "<p>正文。</p>",
                        "rights", "ORIGINAL"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/admin/articles/(\\d+)/edit.*", "$1"));
    }
}
