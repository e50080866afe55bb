package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffRole;
import com.masthead.support.StaffSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The durable purge queue with several instances on one database and a real HTTP purge receiver: a purge recorded
 * on one instance is sent by another after the first has stopped; a purge the endpoint keeps refusing ends among the
 * failed purges on {@code /admin/purges} after its attempts, and a retry from there sends it again.
 */
interface PurgeQueueContract {

    TwoInstances instances();

    Map<String, Object> database();

    PurgeReceiver receiver();

    private Map<String, Object> settings(int attempts) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("masthead.cache.purge-endpoints", receiver().endpoint());
        settings.put("masthead.cache.purge-attempts", attempts);
        settings.put("masthead.cache.purge-queue.retry-delay", "100ms");
        settings.put("masthead.cache.purge-queue.poll-interval", "200ms");
        settings.put("masthead.cache.purge-queue.lease", "2s");
        return settings;
    }

    @Test
    default void aPurgeRecordedOnOneInstanceIsSentByAnotherAfterTheFirstStopped() {
        receiver().refuse(true);
        TwoInstances.Instance first = instances().start("purging-a", database(), settings(50));
        long channel = first.fixtures().channel("持久清除", null).get("id").asLong();
        JsonNode article = first.fixtures().article(channel).publish();
        String purge = "PURGE /purge" + article.get("url").asString();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(receiver().refused()).contains(purge));
        instances().stop(first);

        receiver().refuse(false);
        TwoInstances.Instance second = instances().start("purging-b", database(), settings(50));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(receiver().received()).contains(purge));
        String url = receiver().endpoint().replace("{path}", article.get("url").asString());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(second.jdbc()
                                .sql("select count(*) from purge_request where url = :url")
                                .param("url", url)
                                .query(Long.class)
                                .single())
                        .as("a sent purge leaves the queue")
                        .isZero());
        instances().stop(second);
    }

    @Test
    default void aRefusedPurgeEndsAmongTheFailedPurgesAndARetrySendsItAgain() {
        receiver().refuse(true);
        TwoInstances.Instance instance = instances().start("purging-c", database(), settings(3));
        long channel = instance.fixtures().channel("清除失败", null).get("id").asLong();
        JsonNode article = instance.fixtures().article(channel).publish();
        String url = receiver().endpoint().replace("{path}", article.get("url").asString());
        StaffSession admin = instance.loginAs("purge-admin", StaffRole.ADMIN);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(failedRow(admin, url)).isNotNull());
        Element row = failedRow(admin, url);
        assertThat(row.select("td").get(1).text()).isEqualTo("3");
        assertThat(row.select("td").get(2).text()).isEqualTo("HTTP 503");
        assertThat(admin.page("/admin/purges").selectFirst("#purges-failed").text())
                .isNotEqualTo("0");

        receiver().refuse(false);
        String id = row.attr("data-purge-id");
        assertThat(admin.post("/admin/purges/" + id + "/retry", Map.of()).statusCode())
                .isEqualTo(302);

        String purge = "PURGE /purge" + article.get("url").asString();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(receiver().received()).contains(purge));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(failedRow(admin, url)).isNull());
        instances().stop(instance);
    }

    private static Element failedRow(StaffSession admin, String url) {
        return admin.page("/admin/purges").select("#failed-purges tbody tr").stream()
                .filter(tr -> tr.selectFirst("code").text().equals(url))
                .findFirst()
                .orElse(null);
    }
}
