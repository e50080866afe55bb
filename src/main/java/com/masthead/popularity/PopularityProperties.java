package com.masthead.popularity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Counting views ({@code masthead.popularity.*}).
 *
 * @param viewWindow how long one client (an address, an IPv6 /64) counts as one view of an article, however many
 *     beacons it sends
 * @param trackedViews most client-and-article pairs remembered for that; when more arrive the oldest are forgotten
 *     first (which lets their next beacon count again)
 * @param flushInterval how often counted views are written to the database and the rankings refreshed (30 s)
 */
@ConfigurationProperties("masthead.popularity")
record PopularityProperties(Duration viewWindow, int trackedViews, Duration flushInterval) {

    PopularityProperties {
        viewWindow = viewWindow == null || viewWindow.isNegative() || viewWindow.isZero()
                ? Duration.ofMinutes(30)
                : viewWindow;
        trackedViews = trackedViews <= 0 ? 500_000 : trackedViews;
        flushInterval = flushInterval == null || flushInterval.isNegative() || flushInterval.isZero()
                ? Duration.ofSeconds(30)
                : flushInterval;
    }
}
