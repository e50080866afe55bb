package com.masthead.popularity;

import com.masthead.article.ArticleReading;
import com.masthead.article.PublishedArticle;
import com.masthead.settings.SiteSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Counts article views in memory, once per client and article within a window ({@link RecentViews}), and adds them to {@code article_view_day} in one batch every
 * {@code masthead.popularity.flush-interval} (30 s). Thread-safe; a beacon costs a map lookup and an increment. At
 * most {@link #MAX_PENDING} different articles are held between flushes; views of further ones are dropped, which
 * bounds memory against a flood of made-up ids. Views lost in a crash are at most one interval's worth.
 */
@Service
public class ViewCounter {

    static final int MAX_PENDING = 50_000;
    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final AtomicReference<ConcurrentHashMap<Long, LongAdder>> pending =
            new AtomicReference<>(new ConcurrentHashMap<>());
    private final ArticleViewRepository views;
    private final ArticleReading articles;
    private final SiteSettingsService settings;
    private final MostReadRanking ranking;
    private final RecentViews recent;
    private final Clock clock;
    private volatile boolean rankingStale = true;
    private String lastDay = ""; // guarded by this

    ViewCounter(
            ArticleViewRepository views,
            ArticleReading articles,
            SiteSettingsService settings,
            MostReadRanking ranking,
            RecentViews recent,
            Clock clock) {
        this.views = views;
        this.articles = articles;
        this.settings = settings;
        this.ranking = ranking;
        this.recent = recent;
        this.clock = clock;
    }

    /**
     * Counts one view unless the client is an obvious robot or has been counted for this article within {@code
     * masthead.popularity.view-window}; returns whether it counted.
     *
     * @param clientKey who sent the beacon, as per-client limits key it ({@code system.ClientAddress#keyOf})
     */
    public boolean record(long articleId, String userAgent, String clientKey) {
        if (articleId <= 0 || Bots.isRobot(userAgent) || !recent.firstView(clientKey, articleId)) {
            return false;
        }
        ConcurrentHashMap<Long, LongAdder> counts = pending.get();
        LongAdder adder = counts.get(articleId);
        if (adder == null) {
            if (counts.size() >= MAX_PENDING) {
                return false;
            }
            adder = counts.computeIfAbsent(articleId, id -> new LongAdder());
        }
        adder.increment();
        return true;
    }

    /** Writes the counts so far (published articles only) in one batch, then refreshes the rankings. */
    @Scheduled(
            fixedDelayString = "#{@'masthead.popularity-com.masthead.popularity.PopularityProperties'.flushInterval()}")
    public synchronized void flush() {
        Map<Long, LongAdder> counts = pending.getAndSet(new ConcurrentHashMap<>());
        if (!counts.isEmpty()) {
            LocalDate day = LocalDate.now(clock.withZone(settings.current().timeZone()));
            Map<Long, Long> rows = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(new ArrayList<>(counts.keySet()), 500)) {
                for (PublishedArticle article : articles.publishedAmong(chunk)) {
                    rows.put(article.id(), counts.get(article.id()).sum());
                }
            }
            views.add(day, rows);
            log.debug("flushed views of {} articles", rows.size());
        }
        ranking.refresh();
    }

    private static List<List<Long>> chunks(List<Long> ids, int size) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            out.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        return out;
    }
}
