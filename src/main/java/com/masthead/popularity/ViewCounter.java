package com.masthead.popularity;

import com.masthead.settings.SiteSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final SiteSettingsService settings;
    private final MostReadRanking ranking;
    private final RecentViews recent;
    private final Clock clock;
    private volatile boolean rankingStale = true;
    private String lastDay = ""; // guarded by this

    ViewCounter(
            JdbcTemplate jdbcTemplate,
            JdbcClient jdbc,
            SiteSettingsService settings,
            MostReadRanking ranking,
            RecentViews recent,
            Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
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
            String day =
                    LocalDate.now(clock.withZone(settings.current().timeZone())).toString();
            List<Object[]> rows = new ArrayList<>();
            for (List<Long> chunk : chunks(new ArrayList<>(counts.keySet()), 500)) {
                for (Long id : published(chunk)) {
                    rows.add(new Object[] {day, id, counts.get(id).sum()});
                }
            }
            jdbcTemplate.batchUpdate("""
                    insert into article_view_day (day, article_id, views) values (?, ?, ?)
                    on conflict (day, article_id) do update set views = article_view_day.views + excluded.views""", rows);
            log.debug("flushed views of {} articles", rows.size());
        }
        ranking.refresh();
    }

    private List<Long> published(List<Long> ids) {
        Map<String, Object> params = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            names.add(":i" + i);
            params.put("i" + i, ids.get(i));
        }
        return jdbc.sql("select id from article where status = 'PUBLISHED' and id in (" + String.join(", ", names)
                        + ")")
                .params(params)
                .query(Long.class)
                .list();
    }

    private static List<List<Long>> chunks(List<Long> ids, int size) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            out.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        return out;
    }
}
