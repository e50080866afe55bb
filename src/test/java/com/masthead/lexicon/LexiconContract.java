package com.masthead.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.SiteClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The lexicon API over real HTTP: admins only (screening for reviewers too), imports of plain word lists, and
 * changes that take effect on the very next screen, without a restart.
 */
interface LexiconContract extends SiteClient {

    AtomicInteger WORDS = new AtomicInteger();

    HttpResponse<String> send(HttpRequest request);

    URI address(String path);

    String tokenOf(StaffRole role);

    @Test
    default void onlyAdminsReadAndChangeTheLexiconWhileReviewersMayScreen() {
        assertThat(api("GET", "/api/v1/lexicon").anonymously().send().statusCode())
                .isEqualTo(401);
        for (StaffRole role : new StaffRole[] {StaffRole.MODERATOR, StaffRole.EDITOR, StaffRole.EDITOR_IN_CHIEF}) {
            assertThat(api("GET", "/api/v1/lexicon").as(role).send().statusCode())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(api("POST", "/api/v1/lexicon")
                            .as(role)
                            .body(Map.of("term", word(), "tier", "BLOCK"))
                            .send()
                            .statusCode())
                    .isEqualTo(403);
            assertThat(api("POST", "/api/v1/lexicon/screen")
                            .as(role)
                            .body(Map.of("text", "正文"))
                            .send()
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(api("POST", "/api/v1/lexicon/screen")
                        .as(StaffRole.REPORTER)
                        .body(Map.of("text", "正文"))
                        .send()
                        .statusCode())
                .isEqualTo(403);
        assertThat(importList("BLOCK", word(), StaffRole.EDITOR).statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/v1/lexicon").send().statusCode()).isEqualTo(200);
    }

    @Test
    default void aNewTermIsFoundOnTheNextScreenAndARemovedOneNoLonger() {
        String term = word();
        String text = "导语里藏着" + spaced(term) + "这个词";
        assertThat(screen(text).get("matches")).isEmpty();

        JsonNode added = api("POST", "/api/v1/lexicon")
                .body(Map.of("term", term, "tier", "REVIEW"))
                .json();
        JsonNode report = screen(text);

        assertThat(report.get("needsReview").asBoolean()).isTrue();
        JsonNode match = report.get("matches").get(0);
        assertThat(match.get("term").asString()).isEqualTo(term);
        assertThat(text.substring(match.get("start").asInt(), match.get("end").asInt()))
                .isEqualTo(spaced(term));
        assertThat(added.get("updatedBy").asString()).isEqualTo("api:test-admin");

        api("DELETE", "/api/v1/lexicon/" + added.get("id").asLong()).send();

        assertThat(screen(text).get("matches")).isEmpty();
        assertThat(api("DELETE", "/api/v1/lexicon/" + added.get("id").asLong())
                        .send()
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    default void aTermIsOneEntryWhateverItsWidthOrCaseAndAddingItAgainMovesItsTier() {
        String latin = "zq" + WORDS.incrementAndGet() + "x";
        JsonNode first = api("POST", "/api/v1/lexicon")
                .body(Map.of("term", latin, "tier", "REVIEW"))
                .json();
        JsonNode again = api("POST", "/api/v1/lexicon")
                .body(Map.of("term", fullWidthUpper(latin), "tier", "BLOCK"))
                .json();

        assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(again.get("tier").asString()).isEqualTo("BLOCK");
        assertThat(screen("看 " + latin.toUpperCase() + " 了").get("blocked").asBoolean())
                .isTrue();
        HttpResponse<String> empty = api("POST", "/api/v1/lexicon")
                .body(Map.of("term", "！！", "tier", "BLOCK"))
                .send();
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(parse(empty.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("term");
    }

    @Test
    default void importingAPlainListAddsMovesCountsAndReportsRefusedLines() {
        String a = word();
        String b = word();
        String c = word();
        api("POST", "/api/v1/lexicon").body(Map.of("term", c, "tier", "REVIEW")).send();
        String list = "\uFEFF# 测试词表\n" + a + "\n\n" + b + "\r\n" + b + "\n" + c + "\n" + "！？\n" + "x\n" + "长".repeat(51)
                + "\n";

        HttpResponse<String> response = importList("REPLACE", list, StaffRole.ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = parse(response.body());
        assertThat(result.get("added").asInt()).isEqualTo(2);
        assertThat(result.get("retiered").asInt()).isEqualTo(1);
        assertThat(result.get("unchanged").asInt()).isEqualTo(1);
        assertThat(result.get("refused").findValues("line").stream().map(JsonNode::asInt))
                .containsExactly(7, 8, 9);
        JsonNode masked = screen("甲" + a + "乙" + c + "丙");
        assertThat(masked.get("masked").asString())
                .isEqualTo("甲" + "＊".repeat(a.length()) + "乙" + "＊".repeat(c.length()) + "丙");
        assertThat(importList("BLOCK", "", StaffRole.ADMIN).statusCode()).isEqualTo(200);
        assertThat(api("POST", "/api/v1/lexicon/import?tier=NOPE").send().statusCode())
                .isEqualTo(400);
        HttpResponse<String> json = api("POST", "/api/v1/lexicon/import?tier=BLOCK")
                .body(Map.of("terms", a))
                .send();
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(parse(json.body()).get("code").asString()).isEqualTo("unsupported-media-type");
    }

    @Test
    default void listingFiltersByTierAndText() {
        String term = word();
        api("POST", "/api/v1/lexicon")
                .body(Map.of("term", term, "tier", "REPLACE"))
                .send();

        JsonNode found =
                api("GET", "/api/v1/lexicon?tier=REPLACE&q=" + encode(term)).json();
        JsonNode otherTier =
                api("GET", "/api/v1/lexicon?tier=BLOCK&q=" + encode(term)).json();

        assertThat(found.get("items").findValuesAsString("term")).containsExactly(term);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(otherTier.get("items")).isEmpty();
    }

    private JsonNode screen(String text) {
        return api("POST", "/api/v1/lexicon/screen")
                .as(StaffRole.EDITOR)
                .body(Map.of("text", text))
                .json();
    }

    private HttpResponse<String> importList(String tier, String list, StaffRole role) {
        return send(HttpRequest.newBuilder(address("/api/v1/lexicon/import?tier=" + tier))
                .header("Authorization", "Bearer " + tokenOf(role))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(list, StandardCharsets.UTF_8))
                .build());
    }

    /** A made-up Chinese word unique in this JVM. */
    private static String word() {
        String digits = "零一二三四五六七八九";
        StringBuilder out = new StringBuilder("词库");
        String n = ProcessHandle.current().pid() % 100_000 + "" + WORDS.incrementAndGet();
        n.chars().forEach(ch -> out.append(digits.charAt(ch - '0')));
        return out.toString();
    }

    private static String spaced(String word) {
        return String.join(" ", word.split(""));
    }

    private static String fullWidthUpper(String latin) {
        StringBuilder out = new StringBuilder();
        latin.toUpperCase().chars().forEach(ch -> out.append((char) (ch + 0xFEE0)));
        return out.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
