package com.masthead.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.staff.StaffRole;
import com.masthead.support.StaffSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import tools.jackson.databind.JsonNode;

/**
 * The backups page over real HTTP on a running SQLite site: an administrator backs up now and watches the run
 * from a second session until it is listed; a failed run shows its reason.
 */
class BackupPageIntegrationTests {

    private static BackupSite source;
    private static Path directory;

    @BeforeAll
    static void start() throws IOException {
        directory = Files.createTempDirectory("masthead-page-backups").resolve("backups");
        source = new BackupSite(
                        "backup-page",
                        Map.of(
                                "masthead.backup.directory",
                                directory.toString(),
                                "masthead.backup.schedule",
                                "0 30 3 * * *"))
                .withFiles();
    }

    @AfterAll
    static void stop() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void anAdministratorBacksUpNowAndAnotherTabWatchesItUntilItIsListed() {
        StaffSession admin = source.site.loginAs("backup-admin", StaffRole.ADMIN);
        StaffSession otherTab = source.site.loginAs("backup-watcher", StaffRole.ADMIN);
        admin.page("/admin/backups");

        HttpResponse<String> started = admin.post("/admin/backups", Map.of());

        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location")).hasValue("/admin/backups");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !status(otherTab).get("state").asString().equals("running"));
        JsonNode status = status(otherTab);
        assertThat(status.get("state").asString()).isEqualTo("done");
        String name = status.get("backup").asString();
        assertThat(directory.resolve(name).resolve(source.attachmentKey)).exists();
        Document page = otherTab.page("/admin/backups");
        assertThat(page.select("#backups tbody tr")).hasSize(1);
        assertThat(page.select("#backups tbody tr td").eachText()).contains(name, "是");
        assertThat(page.select("#backup-step").text()).isEqualTo("备份完成：" + name);
        assertThat(page.select("script[src=/assets/backup-progress.js]")).hasSize(1);
    }

    @Test
    void aFailedBackupIsShownWithItsReason() throws IOException {
        StaffSession admin = source.site.loginAs("backup-admin-2", StaffRole.ADMIN);
        Path aside = directory.resolveSibling("backups-aside");
        if (Files.exists(directory)) {
            Files.move(directory, aside);
        }
        Files.writeString(directory, "a file where the backup directory should be");
        try {
            admin.page("/admin/backups");
            admin.post("/admin/backups", Map.of());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !status(admin).get("state").asString().equals("running"));

            JsonNode status = status(admin);
            assertThat(status.get("state").asString()).isEqualTo("failed");
            assertThat(status.get("reason").asString()).contains(directory.toString());
            Document page = admin.page("/admin/backups");
            assertThat(page.select("#backup-step").text()).isEqualTo("备份失败：");
            assertThat(page.select("#backup-reason").text()).contains(directory.toString());
            assertThat(page.select("#backup-reason").hasAttr("hidden")).isFalse();
        } finally {
            Files.delete(directory);
            if (Files.exists(aside)) {
                Files.move(aside, directory);
            }
        }
    }

    @Test
    void theScheduledBackupRunsAtTheConfiguredTimes() {
        List<String> backupJobs = source.site.bean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                .map(ScheduledTask::getTask)
                .filter(task -> task.getRunnable().toString().equals("com.masthead.backup.ScheduledBackup.backUp"))
                .map(task -> ((CronTask) task).getExpression())
                .toList();

        assertThat(backupJobs).containsExactly("0 30 3 * * *");
    }

    private static JsonNode status(StaffSession session) {
        HttpResponse<String> response = session.get("/admin/backups/status.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return source.site.parse(response.body());
    }
}
