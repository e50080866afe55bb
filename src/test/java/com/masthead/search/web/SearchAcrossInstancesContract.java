package com.masthead.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.support.ContentFixtures;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ReadinessState;
import tools.jackson.databind.JsonNode;

/**
 * Several instances on one database, each with its own search index: a change made through one is found through
 * the others within the catch-up bound, whatever their clocks say; a new instance is not ready until its index is
 * built; a dictionary change rebuilds every index exactly once.
 */
interface SearchAcrossInstancesContract {

    /** The catch-up interval (2 s) and a margin for a loaded machine. */
    Duration POLL_BOUND = Duration.ofSeconds(10);

    /** Instance A, on the real clock. */
    SearchInstances.Instance first();

    /** Instance B, on the real clock. */
    SearchInstances.Instance second();

    /** Instance C, whose clock is three hours behind. */
    SearchInstances.Instance behind();

    /** Starts one more instance on the same database, holding its index rebuilds at {@code gate}. */
    SearchInstances.Instance startGated(CountDownLatch gate);

    @Test
    default void anArticlePublishedOnOneInstanceIsFoundOnTheOtherWithinThePollBound() {
        String word = marker();
        publish(first(), "跨实例发布 " + word);

        await().atMost(POLL_BOUND)
                .untilAsserted(() -> assertThat(titlesFound(second(), word)).containsExactly("跨实例发布 " + word));
    }

    @Test
    default void aChangeStampedByAnInstanceWhoseClockIsHoursBehindIsStillCaughtUp() {
        // the second instance has caught up with a change made now...
        String now = marker();
        publish(second(), "当前时间 " + now);
        await().atMost(POLL_BOUND)
                .untilAsserted(() -> assertThat(titlesFound(second(), now)).hasSize(1));

        // ...and one stamped three hours earlier arrives after it
        String earlier = marker();
        publish(behind(), "时钟落后 " + earlier);

        await().atMost(POLL_BOUND)
                .untilAsserted(() -> assertThat(titlesFound(second(), earlier)).containsExactly("时钟落后 " + earlier));
        await().atMost(POLL_BOUND)
                .untilAsserted(() -> assertThat(titlesFound(first(), earlier)).containsExactly("时钟落后 " + earlier));
    }

    @Test
    default void aNewInstanceIsNotReadyUntilItsIndexIsBuiltAndServesSearchMeanwhile() {
        String word = marker();
        publish(first(), "新实例就绪 " + word);
        CountDownLatch gate = new CountDownLatch(1);
        SearchInstances.Instance fresh = startGated(gate);
        try {
            HttpResponse<String> readiness = fresh.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(fresh.parse(readiness.body()).get("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(fresh.availability().getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
            HttpResponse<String> liveness = fresh.get("/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(fresh.parse(liveness.body()).get("status").asString()).isEqualTo("UP");
            // the search page answers from what the index holds meanwhile (the changes caught up so far)
            assertThat(fresh.get(searchUrl(word)).statusCode()).isEqualTo(200);
        } finally {
            gate.countDown();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> readiness = fresh.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(fresh.parse(readiness.body()).get("status").asString()).isEqualTo("UP");
        });
        assertThat(fresh.availability().getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(titlesFound(fresh, word)).containsExactly("新实例就绪 " + word);
    }

    @Test
    default void aDictionaryChangeRebuildsEachInstanceExactlyOnce() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Stream.of(first(), second(), behind())
                        .noneMatch(i -> i.api("GET", "/api/v1/search/check")
                                .json()
                                .get("rebuilding")
                                .asBoolean()));
        long firstBefore = first().rebuilds();
        long secondBefore = second().rebuilds();
        long behindBefore = behind().rebuilds();
        String term = "澜港枢纽" + ContentFixtures.unique("t").replaceAll("[^0-9]", "");

        JsonNode added = first().api("POST", "/api/v1/search/dictionary")
                .body(Map.of("term", term, "kind", "PLACE"))
                .json();
        assertThat(added.get("term").asString()).isEqualTo(term);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(first().searchIndex().dictionary()).contains(term);
            assertThat(second().searchIndex().dictionary()).contains(term);
            assertThat(behind().searchIndex().dictionary()).contains(term);
        });
        // several catch-up intervals later, still exactly one rebuild each
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(first().rebuilds()).isEqualTo(firstBefore + 1);
            assertThat(second().rebuilds()).isEqualTo(secondBefore + 1);
            assertThat(behind().rebuilds()).isEqualTo(behindBefore + 1);
        });
    }

    static JsonNode publish(SearchInstances.Instance instance, String title) {
        var fixtures = instance.fixtures();
        long channel = fixtures.channel("跨实例检索", null).get("id").asLong();
        return fixtures.article(channel)
                .set("title", title)
                .set("summary", "用于跨实例检索测试的导语。")
                .publish();
    }

    static List<String> titlesFound(SearchInstances.Instance instance, String word) {
        return instance.page(searchUrl(word)).select(".search-result-title").eachText();
    }

    /** A Latin word no other test's article contains. */
    static String marker() {
        return ContentFixtures.unique("kw").replace("-", "x");
    }

    static String searchUrl(String q) {
        return "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
