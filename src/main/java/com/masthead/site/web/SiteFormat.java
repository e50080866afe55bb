package com.masthead.site.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Time and date texts in the site's time zone, the way a Chinese newspaper site prints them. */
final class SiteFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private SiteFormat() {}

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    static String shortTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHORT.format(instant.atZone(zone));
    }

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** A calendar date in words, in the pattern the message bundle gives ({@code site.format.long-date}). */
    static String longDate(LocalDate date, Text t) {
        return DateTimeFormatter.ofPattern(t.get("site.format.long-date"), t.locale())
                .format(date);
    }
}
