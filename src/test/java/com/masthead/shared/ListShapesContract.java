package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every list of the API answers the one paged shape {@code {items, page, size, total}} when asked with
 * {@code page} or {@code size}; the three short lists that answered plain arrays ({@code /channels},
 * {@code /newspapers}, {@code /issues/{id}/pages}) still do without those parameters, so existing clients keep
 * working.
 */
interface ListShapesContract extends SiteClient {

    @Test
    default void theShortListsAnswerThePagedShapeWhenAskedForAPage() {
        ContentFixtures.PrintPage print = fixtures().printPage("分页测试报", LocalDate.of(2026, 1, 5), 1, "要闻");
        api("POST", "/api/v1/issues/" + print.issueId() + "/pages")
                .body(java.util.Map.of("number", 2, "name", "经济"))
                .send();
        fixtures().channel("分页测试", null);

        for (String list :
                List.of("/api/v1/channels", "/api/v1/newspapers", "/api/v1/issues/" + print.issueId() + "/pages")) {
            JsonNode plain = api("GET", list).json();
            assertThat(plain.isArray()).as(list).isTrue();
            assertThat(plain.size()).as(list).isGreaterThanOrEqualTo(2);

            JsonNode first = api("GET", list + "?page=1&size=1").json();
            assertThat(first.get("items").size()).as(list).isEqualTo(1);
            assertThat(first.get("page").asInt()).isEqualTo(1);
            assertThat(first.get("size").asInt()).isEqualTo(1);
            assertThat(first.get("total").asLong()).as(list).isEqualTo(plain.size());
            assertThat(first.get("items").get(0)).isEqualTo(plain.get(0));

            JsonNode second = api("GET", list + "?page=2&size=1").json();
            assertThat(second.get("items").get(0)).as(list).isEqualTo(plain.get(1));
            JsonNode all = api("GET", list + "?page=1").json();
            assertThat(all.get("items"))
                    .as(list + ": a page is 100 long unless size says")
                    .isEqualTo(plain);
        }
    }

    @Test
    default void theListsThatWerePagedStayPaged() {
        ContentFixtures.PrintPage print = fixtures().printPage("分页测试报", LocalDate.of(2026, 1, 6), 1, "要闻");
        fixtures().series("分页测试系列");

        for (String list : List.of("/api/v1/series", "/api/v1/newspapers/" + print.newspaperId() + "/issues")) {
            JsonNode answer = api("GET", list).json();
            assertThat(answer.has("items")).as(list).isTrue();
            assertThat(answer.get("total").asLong()).as(list).isGreaterThanOrEqualTo(1);
        }
    }
}
