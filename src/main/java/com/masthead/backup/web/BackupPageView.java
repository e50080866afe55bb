package com.masthead.backup.web;

import com.masthead.backup.BackupListing;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The backups page: the latest run's status and the backups in the directory, times in the site's time zone. */
public record BackupPageView(BackupStatusResponse status, List<Row> backups) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static BackupPageView of(BackupStatusResponse status, List<BackupListing> backups, ZoneId zone) {
        return new BackupPageView(
                status,
                backups.stream()
                        .map(b -> new Row(
                                b.name(), time(b.createdAt(), zone), megabytes(b.bytes()), b.files(), b.verified()))
                        .toList());
    }

    /** One backup: folder name, when it was made, size, number of files, whether its audit chain verified. */
    public record Row(String name, String created, String size, int files, boolean verified) {}

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
