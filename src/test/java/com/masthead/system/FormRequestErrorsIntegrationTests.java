package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.SqliteSiteTest;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages and staff forms sent values no form of ours sends (a date a hundred million years away, a post without
 * its hidden version field): 400 or a field error naming the field, never a 500, and nothing changes. These are
 * decided before any storage is touched, so one database suffices.
 */
class FormRequestErrorsIntegrationTests extends SqliteSiteTest {

    private static final List<String> EXTREME = List.of("from=-999999999-01-01", "to=%2B999999999-12-31");

    @Test
    void extremeDatesOnTheSiteSearchAre400NamingTheField() {
        for (String date : EXTREME) {
            HttpResponse<String> response = get("/search?q=%E6%B8%AF%E5%8F%A3&" + date);

            assertThat(response.statusCode()).as(date).isEqualTo(400);
            String field = date.substring(0, date.indexOf('='));
            assertThat(Jsoup.parse(response.body())
                            .select("#" + field + "-error")
                            .text())
                    .as(date)
                    .isNotBlank();
        }
        assertThat(get("/search?q=%E6%B8%AF%E5%8F%A3&from=0001-01-01&to=9999-12-31")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void extremeDatesInStaffFiltersAreFieldErrors() {
        Map<String, StaffSession> pages = Map.of(
                "/admin/search?q=x&", loginAs("extreme-dates-editor", StaffRole.EDITOR),
                "/admin/audit?", loginAs("extreme-dates-admin", StaffRole.ADMIN));
        for (var page : pages.entrySet()) {
            String path = page.getKey();
            for (String date : EXTREME) {
                HttpResponse<String> response = page.getValue().get(path + date);

                assertThat(response.statusCode()).as(path + date).isEqualTo(200);
                String field = date.substring(0, date.indexOf('='));
                assertThat(Jsoup.parse(response.body())
                                .select("#" + field + "-error")
                                .text())
                        .as(path + date)
                        .isNotBlank();
            }
        }
    }

    @Test
    void staffFormPostsWithoutTheirVersionOrRevisionAre400NamingTheField() {
        ContentFixtures f = fixtures();
        long channel = f.channel("缺字段", null).get("id").asLong();
        long id = f.article(channel).set("title", "缺少版本号的表单").create();
        StaffSession chief = loginAs("missing-field-eic", StaffRole.EDITOR_IN_CHIEF);
        chief.page("/admin/articles/" + id);

        Map<String, Map<String, String>> posts = Map.of(
                "/admin/articles/" + id + "/submit", Map.of(),
                "/admin/articles/" + id + "/approve", Map.of("next", "now"),
                "/admin/articles/" + id + "/publish", Map.of(),
                "/admin/articles/" + id + "/send-back", Map.of("reason", "再核实"),
                "/admin/articles/" + id + "/restore", Map.of("version", "0"));
        for (var post : posts.entrySet()) {
            HttpResponse<String> response = chief.post(post.getKey(), post.getValue());

            assertThat(response.statusCode()).as(post.getKey()).isEqualTo(400);
            String field = post.getValue().containsKey("version") ? "revision" : "version";
            Document page = Jsoup.parse(response.body());
            assertThat(page.select(".error-field").text()).as(post.getKey()).contains(field);
        }
        HttpResponse<String> wrongType = chief.post("/admin/articles/" + id + "/publish", Map.of("version", "v1"));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrongType.body()).select(".error-field").text()).contains("version");
        assertThat(api("GET", "/api/v1/articles/" + id).json().get("status").asString())
                .isEqualTo("DRAFT");
    }
}
