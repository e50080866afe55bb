package com.masthead.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backups made by the running application ({@code masthead.backup.*}): on a schedule and from the staff page.
 *
 * @param schedule a cron expression (six fields, in the site's default time zone: {@code 0 30 3 * * *} is 03:30
 *     every day); default {@code -}, no scheduled backups
 * @param directory where backups go; default (null) {@code <data-dir>-backups} beside the data directory (never
 *     inside it: a restore swaps the data directory as a whole)
 * @param keep how many of the newest backups in {@code directory} are kept after each backup; default 7
 */
@ConfigurationProperties("masthead.backup")
public record BackupProperties(String schedule, Path directory, int keep) {

    public BackupProperties {
        schedule = schedule == null || schedule.isBlank() ? "-" : schedule;
        keep = keep <= 0 ? 7 : keep;
    }

    /** The directory backups go to, for a site whose data directory is {@code dataDir}. */
    Path directoryFor(Path dataDir) {
        if (directory != null) {
            return directory;
        }
        Path data = dataDir.toAbsolutePath().normalize();
        return data.resolveSibling(data.getFileName() + "-backups");
    }
}
