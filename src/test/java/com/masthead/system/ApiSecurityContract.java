package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API needs a valid token, and a token's role limits what it may do. */
interface ApiSecurityContract extends SiteClient {

    @Test
    default void anonymousAndBadTokensGet401Problems() {
        HttpResponse<String> anonymous =
                api("GET", "/api/v1/articles").anonymously().send();
        HttpResponse<String> forged = api("GET", "/api/v1/articles")
                .anonymously()
                .header("Authorization", "Bearer mh_" + "A".repeat(40))
                .send();

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(parse(anonymous.body()).get("code").asString()).isEqualTo("unauthenticated");
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    default void onlyTheEditorInChiefAndAdminsPublishAndOnlyAdminsChangeStructure() {
        long channel = fixtures().channel("权限", null).get("id").asLong();
        long draft = fixtures().article(channel).create();

        assertThat(api("POST", "/api/v1/articles/" + draft + "/publish")
                        .as(StaffRole.REPORTER)
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("POST", "/api/v1/articles/" + draft + "/publish")
                        .as(StaffRole.EDITOR)
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("POST", "/api/v1/articles/" + draft + "/publish")
                        .as(StaffRole.EDITOR_IN_CHIEF)
                        .send()
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> reporterMakesChannel = api("POST", "/api/v1/channels")
                .as(StaffRole.REPORTER)
                .body(Map.of("name", "越权", "slug", "forbidden-channel"))
                .send();
        assertThat(reporterMakesChannel.statusCode()).isEqualTo(403);
        assertThat(parse(reporterMakesChannel.body()).get("code").asString()).isEqualTo("forbidden");
        assertThat(api("GET", "/api/v1/channels").as(StaffRole.REPORTER).send().statusCode())
                .isEqualTo(200);
    }

    @Test
    default void publicPagesCarrySecurityHeaders() {
        HttpResponse<String> home = get("/");

        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("object-src 'none'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    default void onlyHealthIsPublicAndTheRestOfTheActuatorNeedsAnAdmin() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/actuator/metrics", "/actuator/metrics/http.server.requests", "/actuator/info")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(api("GET", path).as(StaffRole.EDITOR_IN_CHIEF).send().statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
        HttpResponse<String> metrics =
                api("GET", "/actuator/metrics/http.server.requests").send();
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    default void readersCsrfCookieIsSameSiteAndSecureWhenTheProxySaysHttps() {
        HttpResponse<String> plain = get("/comments/token");
        HttpResponse<String> behindTls = api("GET", "/comments/token")
                .anonymously()
                .header("X-Forwarded-Proto", "https")
                .send();

        String cookie = xsrfCookie(plain);
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        assertThat(xsrfCookie(behindTls)).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
    }

    private static String xsrfCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie: " + response.headers()));
    }

    @Test
    default void openApiDescriptionIsServed() {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(parse(docs.body()).get("paths").has("/api/v1/articles")).isTrue();
    }
}
