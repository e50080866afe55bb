package com.masthead.site.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Time and date texts in the site's time zone, the way a Chinese newspaper site prints them. */
final class SiteFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter LONG_DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter LONG_DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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

    static String longDate(LocalDate date, Locale locale) {
        return "zh".equals(locale.getLanguage()) ? LONG_DATE_ZH.format(date) : LONG_DATE_EN.format(date);
    }
}
