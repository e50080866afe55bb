package com.masthead.popularity;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures;
import com.masthead.support.SiteClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The beacon counts browsers only, stores nothing personal, and the rankings show on home and article pages. */
interface MostReadContract extends SiteClient {

    String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";

    /** Writes the counted views and recomputes the rankings, as the scheduler does every 30 seconds. */
    void flushViews();

    JdbcClient database();

    /** Posts a beacon as the client at {@code address} (sent as X-Forwarded-For, believed from loopback). */
    HttpResponse<String> post(String path, String userAgent, String address);

    /** Posts a beacon from an address no other beacon of this test run came from. */
    default HttpResponse<String> post(String path, String userAgent) {
        return post(path, userAgent, nextAddress());
    }

    AtomicInteger ADDRESSES = new AtomicInteger();

    static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.19." + (n / 250) + "." + (n % 250 + 1);
    }

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

    @Test
    default void oneClientCountsOncePerArticleHoweverManyBeaconsItSends() {
        ContentFixtures f = fixtures();
        long channel = f.channel("刷量测试", null).get("id").asLong();
        long pushed = f.article(channel)
                .set("title", "刷量测试：被刷的稿件")
                .publish()
                .get("id")
                .asLong();
        long other =
                f.article(channel).set("title", "刷量测试：另一篇").publish().get("id").asLong();
        String client = nextAddress();

        for (int i = 0; i < 2000; i++) {
            post("/beacon/view/" + pushed, BROWSER, client);
        }
        post("/beacon/view/" + other, BROWSER, client);
        post("/beacon/view/" + pushed, BROWSER, nextAddress());
        for (String sameNetwork : new String[] {"2001:db8:66:1::1", "2001:db8:66:1::2", "2001:db8:66:1:ffff::9"}) {
            post("/beacon/view/" + pushed, BROWSER, sameNetwork);
        }
        post("/beacon/view/" + pushed, BROWSER, "2001:db8:66:2::1");
        flushViews();

        assertThat(viewsOf(pushed))
                .as("one client, one other IPv4 client, two IPv6 /64 networks")
                .isEqualTo(4);
        assertThat(viewsOf(other)).isEqualTo(1);
    }

    private long viewsOf(long articleId) {
        return database()
                .sql("select coalesce(sum(views), 0) from article_view_day where article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .single();
    }

    static HttpRequest beacon(java.net.URI uri, String userAgent, String address) {
        return HttpRequest.newBuilder(uri)
                .header("User-Agent", userAgent)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }
}
