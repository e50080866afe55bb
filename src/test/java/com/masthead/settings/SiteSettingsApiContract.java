package com.masthead.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SiteClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/settings} is versioned like every other editable resource: a read carries the version as ETag, an
 * update must send it back, and of two updates from the same read the second is refused and writes nothing.
 */
interface SiteSettingsApiContract extends SiteClient {

    @Test
    default void aStaleUpdateIsA409AndChangesNothingAndAMissingVersionIsNamed() {
        HttpResponse<String> read = api("GET", "/api/v1/settings").send();
        String version = read.headers().firstValue("ETag").orElseThrow();
        JsonNode before = parse(read.body());
        assertThat(version).isEqualTo("\"" + before.get("version").asInt() + "\"");
        try {
            HttpResponse<String> first = api("PUT", "/api/v1/settings")
                    .header("If-Match", version)
                    .body(draft(before, "甲的口号"))
                    .send();
            HttpResponse<String> second = api("PUT", "/api/v1/settings")
                    .header("If-Match", version)
                    .body(draft(before, "乙的口号"))
                    .send();
            HttpResponse<String> unversioned =
                    api("PUT", "/api/v1/settings").body(draft(before, "丙的口号")).send();

            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(first.headers().firstValue("ETag").orElseThrow())
                    .isEqualTo("\"" + (before.get("version").asInt() + 1) + "\"");
            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(parse(second.body()).get("code").asString()).isEqualTo("version-conflict");
            assertThat(unversioned.statusCode()).isEqualTo(400);
            List<String> fields = new ArrayList<>();
            parse(unversioned.body())
                    .get("errors")
                    .forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).containsExactly("If-Match");
            assertThat(api("GET", "/api/v1/settings").json().get("tagline").asString())
                    .isEqualTo("甲的口号");
        } finally {
            HttpResponse<String> now = api("GET", "/api/v1/settings").send();
            api("PUT", "/api/v1/settings")
                    .header("If-Match", now.headers().firstValue("ETag").orElseThrow())
                    .body(draft(before, before.get("tagline").asString()))
                    .send();
        }
    }

    private static Map<String, Object> draft(JsonNode settings, String tagline) {
        Map<String, Object> draft = new LinkedHashMap<>();
        for (String field : List.of("name", "baseUrl", "timeZone", "originalStatement", "reprintStatement")) {
            draft.put(field, settings.get(field).asString());
        }
        List<String> footer = new ArrayList<>();
        settings.get("footerLines").forEach(line -> footer.add(line.asString()));
        draft.put("footerLines", footer);
        draft.put(
                "logoUrl",
                settings.get("logoUrl").isNull()
                        ? null
                        : settings.get("logoUrl").asString());
        draft.put("tagline", tagline);
        return draft;
    }
}
