package com.masthead.popularity;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The beacon counts browsers only, stores nothing personal, and the rankings show on home and article pages. */
interface MostReadContract extends SiteClient {

    String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";

    /** Writes the counted views and recomputes the rankings, as the scheduler does every 30 seconds. */
    void flushViews();

    HttpResponse<String> post(String path, String userAgent);

    @Test
    default void beaconViewsRankArticlesByDayAndWeek() {
        ContentFixtures f = fixtures();
        long channel = f.channel("排行测试", null).get("id").asLong();
        JsonNode hot = f.article(channel).set("title", "排行测试：最热的稿件").publish();
        JsonNode taken = f.article(channel).set("title", "排行测试：撤下的稿件").publish();
        for (int i = 0; i < 500; i++) {
            post("/beacon/view/" + hot.get("id").asLong(), BROWSER);
        }
        for (int i = 0; i < 600; i++) {
            post("/beacon/view/" + taken.get("id").asLong(), BROWSER);
        }
        api("POST", "/api/v1/articles/" + taken.get("id").asLong() + "/unpublish")
                .body(Map.of("reason", "测试"))
                .send();

        flushViews();

        Document home = page("/");
        assertThat(home.select(".most-read-day a").eachText()).first().isEqualTo("排行测试：最热的稿件");
        assertThat(home.select(".most-read-week a").eachText()).contains("排行测试：最热的稿件");
        assertThat(home.select(".most-read a").eachText()).doesNotContain("排行测试：撤下的稿件");
        assertThat(page(hot.get("url").asString())
                        .select(".sidebar .most-read-day a")
                        .eachText())
                .contains("排行测试：最热的稿件");
    }

    @Test
    default void beaconIgnoresRobotsAndIsNeverCached() {
        ContentFixtures f = fixtures();
        long channel = f.channel("机器人测试", null).get("id").asLong();
        JsonNode article = f.article(channel).publish();
        long before = countRows("article_view_day");

        HttpResponse<String> robot = post("/beacon/view/" + article.get("id").asLong(), "Googlebot/2.1");
        HttpResponse<String> nobody = post("/beacon/view/99999999", BROWSER);
        flushViews();

        assertThat(robot.statusCode()).isEqualTo(204);
        assertThat(robot.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(nobody.statusCode()).isEqualTo(204);
        assertThat(countRows("article_view_day")).isEqualTo(before);
        assertThat(get("/beacon/view/" + article.get("id").asLong()).statusCode())
                .isEqualTo(405);
    }

    static HttpRequest beacon(java.net.URI uri, String userAgent) {
        return HttpRequest.newBuilder(uri)
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }
}
