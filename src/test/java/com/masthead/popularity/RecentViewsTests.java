package com.masthead.popularity;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.ticket.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentViewsTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T00:00:00Z"));
    private final RecentViews views = new RecentViews(new PopularityProperties(Duration.ofMinutes(30), 0, null), clock);

    @Test
    void aClientCountsOncePerArticleWithinTheWindowAndAgainAfterIt() {
        assertThat(views.firstView("198.51.100.7", 1)).isTrue();
        assertThat(views.firstView("198.51.100.7", 1)).isFalse();
        assertThat(views.firstView("198.51.100.7", 2)).isTrue();
        assertThat(views.firstView("198.51.100.8", 1)).isTrue();

        clock.advance(Duration.ofMinutes(29));
        assertThat(views.firstView("198.51.100.7", 1)).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(views.firstView("198.51.100.7", 1)).isTrue();
    }
}
