package com.masthead.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffRole;
import com.masthead.support.StaffSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one database: shared data that each instance keeps in memory (here a channel's review levels)
 * follows a change made through the other instance within seconds, through the shared change signals.
 */
interface SharedSnapshotsContract {

    TwoInstances.Instance editorial();

    TwoInstances.Instance reader();

    @Test
    default void reviewLevelsChangedThroughOneInstanceApplyOnTheOther() {
        TwoInstances.Instance editorial = editorial();
        JsonNode channel = editorial.fixtures().channel("跨实例审级", null);
        long id = channel.get("id").asLong();
        StaffSession elsewhere = reader().loginAs("levels-reader", StaffRole.ADMIN);
        assertThat(selectedLevels(elsewhere, id)).isEqualTo("3");

        StaffSession admin = editorial.loginAs("levels-admin", StaffRole.ADMIN);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(
                "version",
                admin.page("/admin/channels/" + id)
                        .selectFirst("input[name=version]")
                        .val());
        form.put("name", channel.get("name").asString());
        form.put("slug", channel.get("slug").asString());
        form.put("position", "0");
        form.put("visible", "on");
        form.put("levels", "1");
        assertThat(admin.post("/admin/channels/" + id, form).statusCode()).isEqualTo(302);
        assertThat(selectedLevels(admin, id)).isEqualTo("1");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(selectedLevels(elsewhere, id)).isEqualTo("1"));
    }

    private static String selectedLevels(StaffSession session, long channelId) {
        return session.page("/admin/channels/" + channelId)
                .select("#levels option[selected]")
                .val();
    }
}
