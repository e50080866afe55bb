package com.masthead.pagecache.web;

import com.masthead.pagecache.PurgeCounts;
import com.masthead.pagecache.QueuedPurge;
import com.masthead.shared.PageResult;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The purge page: counts over all instances and one page of failed purges, times in the site's zone. */
public record PurgeListView(long pending, long failed, PageResult<Row> rows) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static PurgeListView of(PurgeCounts counts, PageResult<QueuedPurge> failed, ZoneId zone) {
        return new PurgeListView(
                counts.pending(),
                counts.failed(),
                failed.map(p -> new Row(
                        p.id(),
                        p.url(),
                        p.attempts(),
                        p.lastError(),
                        time(p.createdAt(), zone),
                        time(p.failedAt(), zone))));
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** One failed purge. */
    public record Row(long id, String url, int attempts, String lastError, String created, String failed) {}
}
