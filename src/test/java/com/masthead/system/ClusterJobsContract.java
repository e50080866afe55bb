package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.pagecache.TwoInstances;
import com.masthead.popularity.MostReadRanking;
import com.masthead.popularity.RankedArticle;
import com.masthead.popularity.ViewCounter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Jobs with two instances on one database: what must happen once happens once (the daily audit-head anchor), and
 * what every instance shows is the same on all (the most-read rankings: views counted on either instance reach the
 * rankings both show within the change signals' delay, not each instance's own flush interval, an hour here so that
 * only the flushes this test makes happen).
 */
@ExtendWith(OutputCaptureExtension.class)
interface ClusterJobsContract {

    TwoInstances.Instance first();

    TwoInstances.Instance second();

    @Test
    default void theDailyAuditAnchorIsWrittenByOneInstanceOnly(CapturedOutput output) {
        runScheduled(first(), "AuditHeadAnchor.logHead");
        runScheduled(second(), "AuditHeadAnchor.logHead");

        assertThat(output.getOut().split("audit chain head seq=", -1)).hasSize(2);
    }

    @Test
    default void rankingsComputedAfterOneInstancesFlushAreShownByTheOther() {
        long channel = first().fixtures().channel("跨实例排行", null).get("id").asLong();
        long readOnFirst =
                first().fixtures().article(channel).publish().get("id").asLong();
        long readOnSecond =
                first().fixtures().article(channel).publish().get("id").asLong();

        first().bean(ViewCounter.class).record(readOnFirst, "Mozilla/5.0", "reader-1");
        first().bean(ViewCounter.class).flush();
        assertThat(ids(first())).containsExactly(readOnFirst);

        ViewCounter secondCounter = second().bean(ViewCounter.class);
        secondCounter.record(readOnSecond, "Mozilla/5.0", "reader-2");
        secondCounter.record(readOnSecond, "Mozilla/5.0", "reader-3");
        secondCounter.flush();

        assertThat(ids(second())).containsExactly(readOnSecond, readOnFirst);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ids(first())).containsExactly(readOnSecond, readOnFirst));
    }

    private static List<Long> ids(TwoInstances.Instance instance) {
        return instance.bean(MostReadRanking.class).current().day().stream()
                .map(RankedArticle::articleId)
                .toList();
    }

    /** Runs a scheduled method the way the instance's scheduler does (through the bean and its locks). */
    private static void runScheduled(TwoInstances.Instance instance, String method) {
        instance.bean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                .map(ScheduledTask::getTask)
                .filter(task -> task.getRunnable().toString().endsWith(method))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled " + method))
                .getRunnable()
                .run();
    }
}
