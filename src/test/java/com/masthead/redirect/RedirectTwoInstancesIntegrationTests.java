package com.masthead.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.pagecache.TwoInstances;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one SQLite file: an old address that one instance found missing (and cached so) answers 301 there
 * too once the other instance recorded it, through the change signal.
 */
class RedirectTwoInstancesIntegrationTests {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static TwoInstances.Instance first;
    private static TwoInstances.Instance second;

    @BeforeAll
    static void start() throws IOException {
        var database = TwoInstances.newSqliteDatabase("masthead-redirects-sqlite");
        first = INSTANCES.startFirst(database);
        second = INSTANCES.startSecond(database);
    }

    @AfterAll
    static void stop() {
        INSTANCES.close();
    }

    @Test
    void anAddressRecordedOnOneInstanceLeadsThereOnTheOtherTooThoughItWasCachedAsMissing() {
        assertThat(first.get("/2019/01/old-story/").statusCode()).isEqualTo(404);
        assertThat(first.get("/?p=77").statusCode()).isEqualTo(200);

        second.bean(OldAddresses.class)
                .record(List.of(
                        new OldAddress("/2019/01/old-story", "/news/2019/01/02/5.html", "test"),
                        new OldAddress("/?p=77", "/news/2019/01/02/5.html", "test")));

        var here = second.get("/2019/01/old-story");
        assertThat(here.statusCode()).isEqualTo(301);
        assertThat(here.headers().firstValue("Location")).hasValue("/news/2019/01/02/5.html");
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> first.get("/2019/01/old-story/").statusCode() == 301);
        var there = first.get("/?p=77");
        assertThat(there.statusCode()).isEqualTo(301);
        assertThat(there.headers().firstValue("Location")).hasValue("/news/2019/01/02/5.html");
        assertThat(there.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
    }
}
