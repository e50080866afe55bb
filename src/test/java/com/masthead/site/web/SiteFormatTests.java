package com.masthead.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written date texts read exactly as DateTimeFormatter writes the same patterns. */
class SiteFormatTests {

    private static final List<ZoneId> ZONES =
            List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("America/St_Johns"));

    @Test
    void matchDateTimeFormatterOverManyInstantsAndZones() {
        SplittableRandom random = new SplittableRandom(20261126);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L));
            ZoneId zone = ZONES.get(i % ZONES.size());
            assertThat(SiteFormat.dateTime(instant, zone)).isEqualTo(format("yyyy-MM-dd HH:mm:ss", instant, zone));
            assertThat(SiteFormat.shortTime(instant, zone)).isEqualTo(format("MM-dd HH:mm", instant, zone));
            assertThat(SiteFormat.date(instant, zone)).isEqualTo(format("yyyy-MM-dd", instant, zone));
        }
    }

    @Test
    void edgesOfTheDayAndYearAndMissingTimes() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant newYear = Instant.parse("2025-12-31T16:00:00Z");
        assertThat(SiteFormat.dateTime(newYear, shanghai)).isEqualTo("2026-01-01 00:00:00");
        assertThat(SiteFormat.shortTime(newYear.minusSeconds(1), shanghai)).isEqualTo("12-31 23:59");
        assertThat(SiteFormat.date(Instant.parse("+12026-01-01T00:00:00Z"), ZoneId.of("UTC")))
                .isEqualTo(format("yyyy-MM-dd", Instant.parse("+12026-01-01T00:00:00Z"), ZoneId.of("UTC")));
        assertThat(SiteFormat.dateTime(null, shanghai)).isEmpty();
        assertThat(SiteFormat.shortTime(null, shanghai)).isEmpty();
        assertThat(SiteFormat.date(null, shanghai)).isEmpty();
    }

    private static String format(String pattern, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(pattern).format(instant.atZone(zone));
    }
}
