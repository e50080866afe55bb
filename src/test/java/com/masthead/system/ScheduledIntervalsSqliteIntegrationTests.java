package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SqliteSiteTest;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;

/**
 * Every scheduler takes its interval from its module's properties record, defaults included (the application
 * runs here with {@code application.properties} and no overrides).
 */
class ScheduledIntervalsSqliteIntegrationTests extends SqliteSiteTest {

    @Autowired
    ScheduledTaskHolder scheduler;

    @Test
    void fixedDelaysComeFromThePropertiesRecords() {
        Map<String, Duration> delays = tasks(FixedDelayTask.class).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> ((FixedDelayTask) e.getValue()).getIntervalDuration()));

        assertThat(delays)
                .containsEntry("com.masthead.mail.MailDispatcher.scheduled", Duration.ofSeconds(10))
                .containsEntry("com.masthead.popularity.ViewCounter.flush", Duration.ofSeconds(30))
                .containsEntry("com.masthead.search.SearchIndexing.periodically", Duration.ofSeconds(2))
                .containsEntry("com.masthead.article.ScheduledPublishing.poll", Duration.ofSeconds(15))
                .containsEntry("com.masthead.edition.IssueGoLive.poll", Duration.ofSeconds(15))
                .containsEntry("com.masthead.system.JdbcChangeSignals.poll", Duration.ofSeconds(1))
                .doesNotContainKey("com.masthead.pagecache.RemoteInvalidations.reapplyDue");
    }

    @Test
    void theAuditAnchorRunsDailyAtFiveAfterMidnight() {
        Task anchor = tasks(CronTask.class).get("com.masthead.audit.AuditHeadAnchor.logHead");

        assertThat(((CronTask) anchor).getExpression()).isEqualTo("0 5 0 * * *");
    }

    private Map<String, Task> tasks(Class<? extends Task> type) {
        return scheduler.getScheduledTasks().stream()
                .map(scheduled -> scheduled.getTask())
                .filter(type::isInstance)
                .collect(Collectors.toMap(task -> task.getRunnable().toString(), task -> task, (a, b) -> a));
    }
}
