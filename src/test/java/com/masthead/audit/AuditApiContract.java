package com.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/audit}: administrators read, filter, verify and anchor; nobody changes anything. */
interface AuditApiContract extends AuditTestAccess {

    @Test
    default void adminsListEntriesNewestFirstWithFiltersAndPaging() {
        String actor = ContentFixtures.unique("chief");
        String subject = ContentFixtures.unique("article");
        for (int i = 1; i <= 3; i++) {
            String detail = "step " + i;
            inTransaction(() -> publish(new TestNoteRecorded(actor, subject, detail)));
        }
        inTransaction(() -> publish(new TestNoteRecorded("someone-else", subject, "other")));

        JsonNode page = list("actor=" + actor + "&size=2");

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("detail").asString()).isEqualTo("step 3");
        assertThat(newest.get("seq").asLong())
                .isGreaterThan(page.get("items").get(1).get("seq").asLong());
        assertThat(newest.get("hash").asString()).hasSize(64);
        assertThat(list("actor=" + actor + "&size=2&page=2")
                        .get("items")
                        .get(0)
                        .get("detail")
                        .asString())
                .isEqualTo("step 1");
        assertThat(list("subject=" + subject).get("total").asLong()).isEqualTo(4);
        assertThat(list("subject=" + subject + "&action=test.note").get("total").asLong())
                .isEqualTo(4);
        assertThat(list("subject=" + subject + "&action=TEST.note").get("total").asLong())
                .as("the action prefix is case-sensitive on both databases")
                .isZero();
        assertThat(list("subject=" + subject + "&action=auth.").get("total").asLong())
                .isZero();
        LocalDate day = LocalDate.ofInstant(
                java.time.Instant.parse(newest.get("occurredAt").asString()), ZoneId.of("Asia/Shanghai"));
        assertThat(list("subject=" + subject + "&from=" + day + "&to=" + day)
                        .get("total")
                        .asLong())
                .isEqualTo(4);
        assertThat(list("subject=" + subject + "&from=" + day.plusDays(1))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(list("subject=" + subject + "&address=192.0.2.200")
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    default void badFiltersAreRefusedNamingTheField() {
        HttpResponse<String> tooLong =
                api("GET", "/api/v1/audit?actor=" + "x".repeat(201)).send();
        HttpResponse<String> reversed =
                api("GET", "/api/v1/audit?from=2025-03-19&to=2025-03-18").send();
        HttpResponse<String> badHash =
                api("GET", "/api/v1/audit/verify?anchorSeq=1&anchorHash=zz").send();

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(parse(tooLong.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("actor");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(parse(reversed.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("to");
        assertThat(badHash.statusCode()).isEqualTo(400);
        assertThat(parse(badHash.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("anchorHash");
    }

    @Test
    default void headAndVerifyDescribeTheChainAndCheckAnAnchor() {
        AuditEntry entry = record("anchored");

        JsonNode head = api("GET", "/api/v1/audit/head").json();
        JsonNode verified = api("GET", "/api/v1/audit/verify").json();
        JsonNode anchored = api("GET", "/api/v1/audit/verify?anchorSeq=" + entry.seq() + "&anchorHash=" + entry.hash())
                .json();
        JsonNode forged = api("GET", "/api/v1/audit/verify?anchorSeq=" + entry.seq() + "&anchorHash=" + "0".repeat(64))
                .json();

        assertThat(head.get("seq").asLong()).isGreaterThanOrEqualTo(entry.seq());
        assertThat(head.get("hash").asString()).hasSize(64);
        assertThat(verified.get("ok").asBoolean()).isTrue();
        assertThat(verified.get("checked").asLong()).isGreaterThanOrEqualTo(entry.seq());
        assertThat(anchored.get("ok").asBoolean()).isTrue();
        assertThat(forged.get("ok").asBoolean()).isFalse();
        assertThat(forged.get("problem").asString()).isEqualTo("ANCHOR_MISMATCH");
        assertThat(forged.get("brokenSeq").asLong()).isEqualTo(entry.seq());
    }

    @Test
    default void onlyAdminsReadTheTrail() {
        for (String path : new String[] {"/api/v1/audit", "/api/v1/audit/verify", "/api/v1/audit/head"}) {
            assertThat(api("GET", path).anonymously().send().statusCode())
                    .as(path)
                    .isEqualTo(401);
            for (StaffRole role :
                    new StaffRole[] {StaffRole.REPORTER, StaffRole.EDITOR_IN_CHIEF, StaffRole.MODERATOR}) {
                assertThat(api("GET", path).as(role).send().statusCode())
                        .as(path + " as " + role)
                        .isEqualTo(403);
            }
            assertThat(api("GET", path).send().statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    default void noMethodChangesOrRemovesAnEntry() {
        AuditEntry entry = record("must stay");
        // issuing a token is audited: issue this test's tokens before counting
        api("GET", "/api/v1/audit/head").send();
        api("GET", "/api/v1/audit/head").as(StaffRole.EDITOR).send();
        long rows = countRows("audit_entry");
        String[] paths = {"/api/v1/audit", "/api/v1/audit/" + entry.seq(), "/api/v1/audit/verify", "/api/v1/audit/head"
        };

        for (String path : paths) {
            for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
                int asAdmin = api(method, path)
                        .body("{\"detail\":\"changed\"}")
                        .send()
                        .statusCode();
                int asEditor = api(method, path)
                        .as(StaffRole.EDITOR)
                        .body("{\"detail\":\"changed\"}")
                        .send()
                        .statusCode();
                assertThat(asAdmin).as(method + " " + path).isIn(404, 405);
                assertThat(asEditor).as(method + " " + path + " as editor").isEqualTo(403);
            }
        }

        assertThat(countRows("audit_entry")).isEqualTo(rows);
        assertThat(entryFor(entry.subject())).isEqualTo(entry);
    }

    private JsonNode list(String query) {
        HttpResponse<String> response = api("GET", "/api/v1/audit?" + query).send();
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return parse(response.body());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
