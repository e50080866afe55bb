package com.masthead.popularity;

import com.masthead.article.ArticleReading;
import com.masthead.article.PublishedArticle;
import com.masthead.popularity.ArticleViewRepository.ViewTotal;
import com.masthead.settings.SiteSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The day and week rankings, computed after every flush of the view counts and kept in memory, so a page asking
 * for them costs nothing. Only published articles rank: a taken-down article leaves the block at the next flush.
 */
@Service
public class MostReadRanking {

    public static final int SIZE = 10;

    private static final int PAGE = 50;

    private final ArticleViewRepository views;
    private final ArticleReading articles;
    private final SiteSettingsService settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicReference<MostRead> current = new AtomicReference<>(new MostRead(List.of(), List.of()));

    MostReadRanking(
            ArticleViewRepository views,
            ArticleReading articles,
            SiteSettingsService settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.views = views;
        this.articles = articles;
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

    /**
     * The ranking since {@code from}: the most viewed articles that are still published. The counts are read a
     * page at a time and matched against the published articles until the ranking is full.
     */
    private List<RankedArticle> since(LocalDate from) {
        List<RankedArticle> ranked = new ArrayList<>();
        long offset = 0;
        List<ViewTotal> totals;
        do {
            totals = views.mostViewedSince(from, PAGE, offset);
            offset += PAGE;
            Map<Long, PublishedArticle> published = new HashMap<>();
            articles.publishedAmong(totals.stream().map(ViewTotal::articleId).toList())
                    .forEach(a -> published.put(a.id(), a));
            for (ViewTotal total : totals) {
                PublishedArticle article = published.get(total.articleId());
                if (article != null && ranked.size() < SIZE) {
                    ranked.add(new RankedArticle(article.id(), article.title(), article.url(), total.views()));
                }
            }
        } while (ranked.size() < SIZE && totals.size() == PAGE);
        return ranked;
    }
}
