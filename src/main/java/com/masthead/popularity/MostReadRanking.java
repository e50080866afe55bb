package com.masthead.popularity;

import com.masthead.article.ArticleReading;
import com.masthead.article.PublishedArticle;
import com.masthead.popularity.ArticleViewRepository.ViewTotal;
import com.masthead.popularity.MostReadRepository.Ranked;
import com.masthead.settings.SiteSettingsService;
import com.masthead.shared.ChangeSignals;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The day and week rankings, the same on every instance: after a flush of the view counts an instance recomputes
 * them from the shared counts and, when they differ from the stored ones ({@code most_read_ranking}), stores them
 * under a cluster-wide lock (so two instances never store at once; one that finds the lock taken leaves the work to
 * the holder) and tells the other instances through the change signals (topic {@value #TOPIC}); each instance shows
 * the stored rankings, kept in memory, so a page asking for them costs nothing. Only published articles rank: a taken-down article leaves the
 * block at the next refresh.
 */
@Service
public class MostReadRanking {

    public static final int SIZE = 10;
    static final String TOPIC = "most-read";

    private static final int PAGE = 50;
    private static final Duration HOLD_AT_MOST = Duration.ofMinutes(1);

    private final ArticleViewRepository views;
    private final MostReadRepository stored;
    private final ArticleReading articles;
    private final SiteSettingsService settings;
    private final LockingTaskExecutor locks;
    private final ChangeSignals signals;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile boolean ready;
    private final AtomicReference<MostRead> current = new AtomicReference<>(new MostRead(List.of(), List.of()));

    MostReadRanking(
            ArticleViewRepository views,
            MostReadRepository stored,
            ArticleReading articles,
            SiteSettingsService settings,
            LockingTaskExecutor locks,
            ChangeSignals signals,
            Clock clock,
            ApplicationEventPublisher events) {
        this.views = views;
        this.stored = stored;
        this.articles = articles;
        this.settings = settings;
        this.locks = locks;
        this.signals = signals;
        this.clock = clock;
        this.events = events;
        signals.onRemote(TOPIC, detail -> load());
    }

    /** The latest rankings; never null, possibly empty. */
    public MostRead current() {
        return current.get();
    }

    /** From now on flushes refresh the rankings (not before: the start-up bootstraps may still be writing). */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        ready = true;
        refresh();
    }

    /**
     * Recomputes the rankings and, when they differ from the stored ones, stores them (unless another instance is
     * storing right now) and tells the other instances; then shows the stored rankings here.
     */
    public void refresh() {
        if (!ready) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.current().timeZone()));
        List<Ranked> day = since(today);
        List<Ranked> week = since(today.minusDays(6));
        if (!stored.holds(day, week)) {
            locks.executeWithLock(
                    (Runnable) () -> store(day, week),
                    new LockConfiguration(clock.instant(), TOPIC, HOLD_AT_MOST, Duration.ZERO));
        }
        load();
    }

    private void store(List<Ranked> day, List<Ranked> week) {
        stored.replace(day, week);
        signals.send(TOPIC, "");
    }

    /** Shows the stored rankings here; pages with the most-read block are evicted when they changed. */
    synchronized void load() {
        MostRead fresh = new MostRead(
                resolved(stored.load(MostReadRepository.DAY)), resolved(stored.load(MostReadRepository.WEEK)));
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

    /** A stored ranking with titles and addresses, without articles taken down since it was stored. */
    private List<RankedArticle> resolved(List<Ranked> ranking) {
        Map<Long, PublishedArticle> published = new HashMap<>();
        articles.publishedAmong(ranking.stream().map(Ranked::articleId).toList())
                .forEach(a -> published.put(a.id(), a));
        List<RankedArticle> shown = new ArrayList<>();
        for (Ranked place : ranking) {
            PublishedArticle article = published.get(place.articleId());
            if (article != null) {
                shown.add(new RankedArticle(article.id(), article.title(), article.url(), place.views()));
            }
        }
        return shown;
    }

    /**
     * The ranking since {@code from}: the most viewed articles that are still published. The counts are read a
     * page at a time and matched against the published articles until the ranking is full.
     */
    private List<Ranked> since(LocalDate from) {
        List<Ranked> ranked = new ArrayList<>();
        long offset = 0;
        List<ViewTotal> totals;
        do {
            totals = views.mostViewedSince(from, PAGE, offset);
            offset += PAGE;
            List<Long> published = articles
                    .publishedAmong(totals.stream().map(ViewTotal::articleId).toList())
                    .stream()
                    .map(PublishedArticle::id)
                    .toList();
            for (ViewTotal total : totals) {
                if (published.contains(total.articleId()) && ranked.size() < SIZE) {
                    ranked.add(new Ranked(total.articleId(), total.views()));
                }
            }
        } while (ranked.size() < SIZE && totals.size() == PAGE);
        return ranked;
    }
}
