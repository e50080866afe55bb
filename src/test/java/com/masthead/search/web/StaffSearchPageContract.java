package com.masthead.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import com.masthead.support.StaffSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The staff search page and the dictionary pages over real HTTP with real sessions: every state is found and can
 * be filtered, bad filters are named, paging keeps the filters, and administrators manage the dictionary.
 */
interface StaffSearchPageContract extends SiteClient {

    @Test
    default void writersFindArticlesInEveryStateAndFilterByStatus() {
        String word = marker();
        long channel = channel();
        long draft = fixtures().article(channel).set("title", "草稿 " + word).create();
        long published = fixtures()
                .article(channel)
                .set("title", "见报 " + word)
                .publish()
                .get("id")
                .asLong();
        long takenDown = fixtures()
                .article(channel)
                .set("title", "撤稿 " + word)
                .publish()
                .get("id")
                .asLong();
        api("POST", "/api/v1/articles/" + takenDown + "/unpublish")
                .body(Map.of("reason", "测试撤稿"))
                .send();
        StaffSession reporter = loginAs("search-reporter", StaffRole.REPORTER);

        Document all = reporter.page("/admin/search?q=" + word);

        assertThat(all.select("nav a[href=/admin/search]")).hasSize(1);
        assertThat(all.select(".staff-result").eachAttr("data-article-id"))
                .containsExactlyInAnyOrder(String.valueOf(draft), String.valueOf(published), String.valueOf(takenDown));
        Element draftRow = row(all, draft);
        assertThat(draftRow.selectFirst(".staff-result-status").attr("data-status"))
                .isEqualTo("DRAFT");
        assertThat(draftRow.selectFirst(".staff-result-title").attr("href")).isEqualTo("/admin/articles/" + draft);
        assertThat(draftRow.selectFirst(".staff-result-title mark").text()).isEqualToIgnoringCase(word);
        assertThat(draftRow.text()).doesNotContain("在网站查看");
        assertThat(row(all, published).select("a").eachText()).contains("在网站查看");
        assertThat(row(all, takenDown).selectFirst(".staff-result-status").attr("data-status"))
                .isEqualTo("UNPUBLISHED");

        Document drafts = reporter.page("/admin/search?status=DRAFT&q=" + word);
        assertThat(drafts.select(".staff-result").eachAttr("data-article-id")).containsExactly(String.valueOf(draft));
        assertThat(drafts.select("#status option[selected]").val()).isEqualTo("DRAFT");
        // the readers' search never sees the draft or the taken-down article
        assertThat(page("/search?q=" + word).select(".search-result")).hasSize(1);
    }

    @Test
    default void titlesAndSnippetsAreShownAsTextNeverAsMarkup() {
        String word = marker();
        fixtures()
                .article(channel())
                .set("title", "<img src=x onerror=alert(1)> " + word)
                .set("summary", "<script>alert(2)</script> " + word)
                .create();

        Document found = loginAs("search-editor", StaffRole.EDITOR).page("/admin/search?q=" + word);

        assertThat(found.select(".staff-result")).hasSize(1);
        assertThat(found.select(".bo-results img, .bo-results script")).isEmpty();
        assertThat(found.selectFirst(".staff-result-title").text()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    default void badFiltersAreNamedAndNothingIsSearched() {
        StaffSession editor = loginAs("search-editor", StaffRole.EDITOR);

        Document page =
                editor.page("/admin/search?q=港口&from=18.03.2025&status=BOGUS&channel=abc&reporter=" + "记".repeat(61));

        assertThat(page.select("#from-error").text()).isNotBlank();
        assertThat(page.select("#status-error").text()).isNotBlank();
        assertThat(page.select("#channel-error").text()).isNotBlank();
        assertThat(page.select("#reporter-error").text()).isNotBlank();
        assertThat(page.select("input#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input#from").val()).isEqualTo("18.03.2025");
        assertThat(page.select(".bo-results")).isEmpty();
        assertThat(editor.page("/admin/search?q=港口&from=2025-03-19&to=2025-03-18")
                        .select("#to-error")
                        .text())
                .isNotBlank();
        assertThat(editor.page("/admin/search?q=" + "港".repeat(101))
                        .select("#q-error")
                        .text())
                .isNotBlank();
    }

    @Test
    default void pagingKeepsEveryFilter() {
        String word = marker();
        long channel = channel();
        for (int i = 1; i <= StaffSearchController.PAGE_SIZE + 1; i++) {
            fixtures().article(channel).set("title", "分页稿件" + i + " " + word).create();
        }
        StaffSession reporter = loginAs("search-reporter", StaffRole.REPORTER);

        Document first = reporter.page(
                "/admin/search?status=DRAFT&sort=newest&channel=" + channel + "&q=" + encode("分页 " + word));

        assertThat(first.select(".staff-result")).hasSize(StaffSearchController.PAGE_SIZE);
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertThat(next)
                .contains("q=" + encode("分页 " + word))
                .contains("status=DRAFT")
                .contains("channel=" + channel)
                .contains("sort=newest")
                .contains("page=2");
        Document second = reporter.page(next);
        assertThat(second.select(".staff-result")).hasSize(1);
        // newest first: the first article created is the one left for page two
        assertThat(second.selectFirst(".staff-result-title").text()).startsWith("分页稿件1 ");
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).doesNotContain("page=");
    }

    @Test
    default void administratorsAddAndRemoveDictionaryTerms() {
        StaffSession admin = loginAs("search-admin", StaffRole.ADMIN);
        String term = "滨澜港务" + marker();
        admin.page("/admin/search/dictionary");

        HttpResponse<String> added = admin.post("/admin/search/dictionary", Map.of("term", term, "kind", "BODY"));

        assertThat(added.statusCode()).isEqualTo(302);
        Document list = admin.follow(added);
        assertThat(list.select("#dictionary-notice").text()).isNotBlank();
        Element row = list.select("#dictionary-terms tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(term))
                .findFirst()
                .orElseThrow();
        assertThat(row.child(1).text()).isEqualTo("机构");

        HttpResponse<String> removed = admin.post(row.selectFirst("form").attr("action"), Map.of());

        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(admin.follow(removed).select("#dictionary-terms td").eachText())
                .doesNotContain(term);
        // both changes are in the audit trail, by the administrator who made them
        JsonNode trail = api(
                        "GET",
                        "/api/v1/audit?actor=search-admin&subject=search-term:"
                                + row.selectFirst("form").attr("action").replaceAll("\\D", ""))
                .json();
        List<String> actions = new ArrayList<>();
        trail.get("items").forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).containsExactlyInAnyOrder("search.term-added", "search.term-removed");
    }

    @Test
    default void aRefusedTermNamesTheFieldKeepsWhatWasTypedAndSavesNothing() {
        StaffSession admin = loginAs("search-admin", StaffRole.ADMIN);
        admin.page("/admin/search/dictionary");
        long before = countRows("search_term");

        HttpResponse<String> refused = admin.post("/admin/search/dictionary", Map.of("term", "港<b>务", "kind", "PLACE"));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = org.jsoup.Jsoup.parse(refused.body());
        assertThat(page.select("#term-error").text()).isNotBlank();
        assertThat(page.select("input#term").val()).isEqualTo("港<b>务");
        assertThat(page.select("#kind option[selected]").val()).isEqualTo("PLACE");
        assertThat(countRows("search_term")).isEqualTo(before);
        assertThat(admin.postRaw("/admin/search/dictionary", Map.of("term", "港务集团", "kind", "BODY"))
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(countRows("search_term")).isEqualTo(before);
    }

    @Test
    default void theIndexCheckPageComparesCountsWithTheDatabase() {
        fixtures().article(channel()).set("title", "索引检查 " + marker()).create();
        StaffSession admin = loginAs("search-admin", StaffRole.ADMIN);

        // the draft reaches the index by the periodic catch-up, so the page agrees within moments
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document check = admin.page("/admin/search/check");
            assertThat(check.select("#check-outcome").attr("data-consistent")).isEqualTo("true");
            assertThat(check.select("#check-counts tbody tr")
                            .first()
                            .select("td")
                            .eachText())
                    .containsExactly(
                            String.format("%,d", countRows("article")), String.format("%,d", countRows("article")));
            assertThat(check.select("form[action=/admin/search/rebuild] button"))
                    .hasSize(1);
        });
    }

    private long channel() {
        return fixtures().channel("员工检索", null).get("id").asLong();
    }

    private static Element row(Document page, long articleId) {
        return page.selectFirst(".staff-result[data-article-id=" + articleId + "]");
    }

    /** A Latin word no other test's article contains, so tests sharing a database never see each other's hits. */
    private static String marker() {
        return ContentFixtures.unique("st").replace("-", "x");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
