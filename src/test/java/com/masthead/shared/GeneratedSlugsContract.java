package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Newspapers and series created through the API without a slug get one spelled in pinyin from the name, numbered
 * when taken; it stays editable, and an update that leaves the slug out keeps it.
 */
interface GeneratedSlugsContract extends SiteClient {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/newspapers", "/api/v1/series"})
    default void aNameWithoutSlugGetsItsPinyinNumberedWhenTakenAndTheSlugStaysEditable(String collection) {
        String tail = ContentFixtures.unique("t");
        String name = "质量晨报" + tail;
        String expected = "zhiliangchenbao-" + tail;

        JsonNode first = created(collection, Map.of("name", name, "description", "自动生成地址"));
        JsonNode second = created(collection, Map.of("name", name, "slug", " ", "description", "再来一份"));

        assertThat(first.get("slug").asString()).isEqualTo(expected);
        assertThat(second.get("slug").asString()).isEqualTo(expected + "-2");

        String item = collection + "/" + second.get("id").asLong();
        JsonNode renamed = changed(item, second, Map.of("name", name, "slug", "morning-" + tail));
        assertThat(renamed.get("slug").asString()).isEqualTo("morning-" + tail);
        JsonNode kept = changed(item, renamed, Map.of("name", name + "（改）"));
        assertThat(kept.get("slug").asString()).isEqualTo("morning-" + tail);
        assertThat(kept.get("name").asString()).isEqualTo(name + "（改）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/newspapers", "/api/v1/series"})
    default void aSlugGivenExplicitlyIsStillCheckedAndSavesNothingWhenWrong(String collection) {
        HttpResponse<String> response = api("POST", collection)
                .body(Map.of("name", "质量晨报", "slug", "不是拼音"))
                .send();

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("slug");
    }

    private JsonNode created(String collection, Map<String, Object> body) {
        HttpResponse<String> response = api("POST", collection).body(body).send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response.body());
    }

    private JsonNode changed(String item, JsonNode current, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("description", current.get("description").asString());
        HttpResponse<String> response = api("PUT", item)
                .header("If-Match", "\"" + current.get("version").asInt() + "\"")
                .body(body)
                .send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }
}
