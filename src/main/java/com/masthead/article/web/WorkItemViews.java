package com.masthead.article.web;

import com.masthead.article.WorkItem;
import com.masthead.channel.ChannelCatalog;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns work items into table rows: channel name, state label, age in words, local times. */
@Component
class WorkItemViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ChannelCatalog channels;
    private final SiteSettingsService settings;
    private final Clock clock;

    WorkItemViews(ChannelCatalog channels, SiteSettingsService settings, Clock clock) {
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
    }

    List<WorkItemView> of(List<WorkItem> items, Messages t) {
        ZoneId zone = settings.current().timeZone();
        Instant now = clock.instant();
        return items.stream()
                .map(i -> new WorkItemView(
                        i.id(),
                        i.title(),
                        channels.find(i.channelId()).map(c -> c.name()).orElse("?"),
                        t.get("article.status." + i.status().name()),
                        t.get("review.state." + i.reviewState().name()),
                        i.authorLogin(),
                        format(i.updatedAt(), zone),
                        age(i.reviewUpdatedAt() == null ? i.updatedAt() : i.reviewUpdatedAt(), now, t),
                        i.reviewUpdatedAt() != null
                                && Duration.between(i.reviewUpdatedAt(), now).toHours() >= 24,
                        format(i.scheduledAt(), zone),
                        format(i.publishedAt(), zone),
                        i.sentBackReason(),
                        i.url()))
                .toList();
    }

    static String format(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String age(Instant since, Instant now, Messages t) {
        Duration d = Duration.between(since, now);
        if (d.toMinutes() < 60) {
            return t.get("newsroom.age.minutes", Math.max(0, d.toMinutes()));
        }
        if (d.toHours() < 48) {
            return t.get("newsroom.age.hours", d.toHours());
        }
        return t.get("newsroom.age.days", d.toDays());
    }
}
