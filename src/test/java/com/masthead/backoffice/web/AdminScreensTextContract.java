package com.masthead.backoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.staff.StaffRole;
import com.masthead.support.ContentFixtures;
import com.masthead.support.StaffSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Names and descriptions of the structure (channels, series, newspapers, print pages, site settings) lose control
 * characters on the way in, by the API and the admin forms alike, as article fields do; a name that is nothing
 * but control characters is refused with the field named and saves nothing.
 */
public interface AdminScreensTextContract extends AdminScreens {

    String CONTROLS = "\u0000\u0001\u0008\u001b";

    @Test
    default void controlCharactersInNamesAndDescriptionsSentToTheApiAreDropped() {
        JsonNode channel = created(api("POST", "/api/v1/channels")
                .body(Map.of(
                        "name", "控制\u0000字符\u0001栏目\u0008\u001b",
                        "slug", ContentFixtures.unique("ctl"),
                        "description", "第一行\u0000\n第二行\u001b")));
        JsonNode series = created(api("POST", "/api/v1/series")
                .body(Map.of(
                        "name", "\u0001控制字符系列", "slug", ContentFixtures.unique("ctl"), "description", "系列\u0008")));
        JsonNode paper = created(api("POST", "/api/v1/newspapers")
                .body(Map.of("name", "控制字符\u001b报", "slug", ContentFixtures.unique("ctl"), "description", "报\u0000纸")));

        assertThat(channel.get("name").asString()).isEqualTo("控制 字符 栏目");
        assertThat(channel.get("description").asString()).isEqualTo("第一行\n第二行");
        assertThat(series.get("name").asString()).isEqualTo("控制字符系列");
        assertThat(series.get("description").asString()).isEqualTo("系列");
        assertThat(paper.get("name").asString()).isEqualTo("控制字符 报");
        assertThat(paper.get("description").asString()).isEqualTo("报纸");
    }

    @Test
    default void aNameOfOnlyControlCharactersIsRefusedNamingTheFieldAndSavesNothing() {
        long issue = fixtures()
                .printPage("控制字符版面报", java.time.LocalDate.of(2026, 3, 2), 1, "要闻")
                .issueId();
        long channels = countRows("channel");
        long series = countRows("series");
        long papers = countRows("newspaper");
        List<HttpResponse<String>> refused = new ArrayList<>();
        refused.add(api("POST", "/api/v1/channels")
                .body(Map.of("name", CONTROLS, "slug", ContentFixtures.unique("ctl")))
                .send());
        refused.add(api("POST", "/api/v1/series")
                .body(Map.of("name", CONTROLS, "slug", ContentFixtures.unique("ctl")))
                .send());
        refused.add(api("POST", "/api/v1/newspapers")
                .body(Map.of("name", CONTROLS, "slug", ContentFixtures.unique("ctl")))
                .send());
        long pages = countRows("newspaper_page");
        refused.add(api("POST", "/api/v1/issues/" + issue + "/pages")
                .body(Map.of("number", 2, "name", CONTROLS))
                .send());

        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(parse(response.body()).at("/errors/0/field").asString()).isEqualTo("name");
        }
        assertThat(countRows("channel")).isEqualTo(channels);
        assertThat(countRows("series")).isEqualTo(series);
        assertThat(countRows("newspaper")).isEqualTo(papers);
        assertThat(countRows("newspaper_page")).isEqualTo(pages);
    }

    @Test
    default void theChannelFormDropsControlCharactersFromTheDescriptionAndRefusesAControlOnlyName() {
        StaffSession admin = loginAs("text-admin", StaffRole.ADMIN);
        admin.page("/admin/channels/new");
        String slug = ContentFixtures.unique("ctl");
        long before = countRows("channel");

        thenRefusedAt(admin.post("/admin/channels", Map.of("name", CONTROLS, "slug", slug, "levels", "3")), "name");
        assertThat(countRows("channel")).isEqualTo(before);
        thenSavedAndRedirectedTo(
                admin,
                admin.post(
                        "/admin/channels",
                        Map.of("name", "表单栏目", "slug", slug, "description", "简介\u0000\u001b内容", "levels", "3")),
                "/admin/channels");

        Channel saved = bean(ChannelCatalog.class).byPath(slug).orElseThrow();
        assertThat(saved.description()).isEqualTo("简介内容");
    }

    @Test
    default void theSiteSettingsLoseControlCharactersInNameAndTagline() {
        // sends back the settings as they are, plus control characters: other tests see no change
        HttpResponse<String> current = api("GET", "/api/v1/settings").send();
        JsonNode settings = parse(current.body());
        Map<String, Object> changed = new java.util.LinkedHashMap<>();
        settings.properties().forEach(e -> changed.put(e.getKey(), e.getValue()));
        changed.put("name", settings.get("name").asString() + "\u0001");
        String tagline =
                settings.get("tagline").isNull() ? "" : settings.get("tagline").asString();
        changed.put("tagline", tagline + "\u001b");
        changed.remove("version");

        HttpResponse<String> saved = api("PUT", "/api/v1/settings")
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .body(changed)
                .send();

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(parse(saved.body()).get("name").asString())
                .isEqualTo(settings.get("name").asString());
        JsonNode savedTagline = parse(saved.body()).get("tagline");
        assertThat(savedTagline.isNull() ? "" : savedTagline.asString()).isEqualTo(tagline);
    }

    private JsonNode created(com.masthead.support.SiteTestSupport.ApiCall call) {
        HttpResponse<String> response = call.send();
        assertThat(response.statusCode()).as(call + ": " + response.body()).isEqualTo(201);
        return parse(response.body());
    }
}
