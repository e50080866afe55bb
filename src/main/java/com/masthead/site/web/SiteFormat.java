package com.masthead.site.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Time and date texts in the site's time zone, the way a Chinese newspaper site prints them. */
public final class SiteFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private SiteFormat() {}

    // The three fixed patterns are written digit by digit: list pages print two of them for each of dozens of
    // teasers, and DateTimeFormatter's general machinery was 5% of an uncached article page (JFR, 2026-11-26).

    /** {@code yyyy-MM-dd HH:mm:ss} */
    public static String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        StringBuilder out = new StringBuilder(19);
        appendDate(out, t);
        out.append(' ');
        appendTime(out, t).append(':');
        return two(out, t.getSecond()).toString();
    }

    /** {@code MM-dd HH:mm} */
    static String shortTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        StringBuilder out = new StringBuilder(11);
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append(' ');
        return appendTime(out, t).toString();
    }

    /** {@code yyyy-MM-dd} */
    public static String date(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return appendDate(new StringBuilder(10), LocalDateTime.ofInstant(instant, zone))
                .toString();
    }

    private static StringBuilder appendDate(StringBuilder out, LocalDateTime t) {
        int year = t.getYear();
        if (year < 1000 || year > 9999) {
            return out.append(DATE.format(t));
        }
        out.append(year).append('-');
        two(out, t.getMonthValue()).append('-');
        return two(out, t.getDayOfMonth());
    }

    private static StringBuilder appendTime(StringBuilder out, LocalDateTime t) {
        two(out, t.getHour()).append(':');
        return two(out, t.getMinute());
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** A calendar date in words, in the pattern the message bundle gives ({@code site.format.long-date}). */
    public static String longDate(LocalDate date, Text t) {
        return DateTimeFormatter.ofPattern(t.get("site.format.long-date"), t.locale())
                .format(date);
    }
}
