package com.masthead.backup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The optional scheduled backup ({@code masthead.backup.schedule}, off by default) for single-node sites: runs on
 * the instance that takes the job lock {@code backup} ({@link BackupRuns}); the others skip that run.
 */
@Component
@EnableConfigurationProperties(BackupProperties.class)
class ScheduledBackup {

    private final BackupRuns runs;

    ScheduledBackup(BackupRuns runs) {
        this.runs = runs;
    }

    @Scheduled(
            cron = "#{@'masthead.backup-com.masthead.backup.BackupProperties'.schedule()}",
            zone = "#{@'masthead-com.masthead.system.MastheadProperties'.defaultTimeZone().getId()}")
    void backUp() {
        runs.runNow();
    }
}
