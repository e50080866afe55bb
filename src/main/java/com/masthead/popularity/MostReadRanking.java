package com.masthead.popularity;

import com.masthead.article.ArticleUrls;
import com.masthead.settings.SiteSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The day and week rankings, computed after every flush of the view counts and kept in memory, so a page asking
 * for them costs nothing. Only published articles rank: a taken-down article leaves the block at the next flush.
 */
@Service
public class MostReadRanking {

    public static final int SIZE = 10;

    private final JdbcClient jdbc;
    private final SiteSettingsService settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicReference<MostRead> current = new AtomicReference<>(new MostRead(List.of(), List.of()));

    MostReadRanking(JdbcClient jdbc, SiteSettingsService settings, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** The latest rankings; never null, possibly empty. */
    public MostRead current() {
        return current.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(settings.current().timeZone()));
        MostRead fresh = new MostRead(since(today), since(today.minusDays(6)));
        MostRead previous = current.getAndSet(fresh);
        if (!ranksTheSame(previous, fresh)) {
            events.publishEvent(new MostReadChanged());
        }
    }

    // View counts move all the time; pages only change when the ranked articles or their order do.
    private static boolean ranksTheSame(MostRead a, MostRead b) {
        return ids(a.day()).equals(ids(b.day())) && ids(a.week()).equals(ids(b.week()));
    }

    private static List<Long> ids(List<RankedArticle> ranking) {
        return ranking.stream().map(RankedArticle::articleId).toList();
    }

    private List<RankedArticle> since(LocalDate from) {
        return jdbc.sql("""
                        select a.id, a.title, a.url_date, sum(v.views) as total
                        from article_view_day v join article a on a.id = v.article_id
                        where v.day >= :from and a.status = 'PUBLISHED'
                        group by a.id, a.title, a.url_date
                        order by total desc, a.id desc limit :limit""")
                .param("from", from.toString())
                .param("limit", SIZE)
                .query((rs, n) -> new RankedArticle(
                        rs.getLong("id"),
                        rs.getString("title"),
                        ArticleUrls.of(rs.getLong("id"), LocalDate.parse(rs.getString("url_date"))),
                        rs.getLong("total")))
                .list();
    }
}
