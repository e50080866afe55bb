package com.masthead.search.bench;

import com.masthead.MastheadApplication;
import com.masthead.channel.Channel;
import com.masthead.channel.ChannelCatalog;
import com.masthead.discovery.Sitemaps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Load-test data for the page and newsroom benchmarks ({@code bench/pagecache/run.sh}, {@code
 * bench/newsroom/run.sh}): starts Masthead on the given data directory (which seeds the demo newspaper into an
 * empty database), inserts N published articles with plain JDBC batches (not through the API: a million articles
 * must load in minutes), one transaction per 5,000 articles, and stops it again. Text is recombined from the demo
 * articles written for this project; articles are spread over every leaf channel, with bylines, tags, lead
 * pictures, series parts and print placements. Publication times run back from three days ago, one every three
 * minutes, so lists and the archive look like a real paper's. Test code on purpose: nothing in the production jar
 * generates load-test data.
 *
 * <p>Usage: {@code ArchiveGenerator <n> [--spring.property=value ...]}, e.g. {@code ArchiveGenerator 100000
 * --masthead.data-dir=/tmp/masthead-bench/data-100000}
 */
public final class ArchiveGenerator {

    private static final Logger log = LoggerFactory.getLogger(ArchiveGenerator.class);
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ChannelCatalog channels;
    private final Sitemaps sitemaps;
    private final ObjectMapper json;
    private final Clock clock;

    private ArchiveGenerator(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.channels = context.getBean(ChannelCatalog.class);
        this.sitemaps = context.getBean(Sitemaps.class);
        this.json = context.getBean(ObjectMapper.class);
        this.clock = context.getBean(Clock.class);
    }

    public static void main(String[] args) {
        if (args.length < 1 || !args[0].matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException("usage: ArchiveGenerator <number of articles> [--property=value ...]");
        }
        long count = Long.parseLong(args[0]);
        String[] springArgs = Arrays.copyOfRange(args, 1, args.length + 1);
        springArgs[springArgs.length - 1] = "--server.port=0"; // no listener needed; any free port
        ConfigurableApplicationContext context = SpringApplication.run(MastheadApplication.class, springArgs);
        try {
            long started = System.nanoTime();
            new ArchiveGenerator(context).generate(count);
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info(
                    "generated {} articles in {} s ({} articles/s)",
                    count,
                    Math.round(seconds),
                    Math.round(count / seconds));
        } finally {
            SpringApplication.exit(context);
        }
    }

    private void generate(long count) {
        ArticleTextPool text = new ArticleTextPool(json);
        List<Long> leafChannels = channels.all().stream()
                .filter(c -> channels.visibleChildren(c.id()).isEmpty())
                .map(Channel::id)
                .toList();
        List<Long> images = jdbc.queryForList("select id from image", Long.class);
        List<Long> pages = jdbc.queryForList("select id from newspaper_page", Long.class);
        List<Long> series = jdbc.queryForList("select id from series", Long.class);
        Long maxPart = jdbc.queryForObject("select coalesce(max(series_part), 0) from article", Long.class);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Random random = new Random(42);
        Instant newest = clock.instant().minus(Duration.ofDays(3));
        Sources sources = new Sources(text, random, leafChannels, images, pages, series, maxPart, newest, zone, count);
        Long before = jdbc.queryForObject("select coalesce(max(id), 0) from article", Long.class);
        for (long done = 0; done < count; done += BATCH) {
            long from = done;
            long size = Math.min(BATCH, count - done);
            transaction.executeWithoutResult(status -> insertBatch(from, size, sources));
            if ((done / BATCH) % 20 == 0) {
                log.info("generated {} of {} articles", done + size, count);
            }
        }
        // the rows bypassed the article events that keep the sitemap summary current
        sitemaps.recountBlocks();
        // and the article change sequence the search index follows: one change per article, as ArticleStore writes
        jdbc.update(
                "insert into article_change (article_id, changed_at)"
                        + " select id, updated_at from article where id > ? order by id",
                before);
    }

    /** What every batch draws from: the text pool, the seeded random source and the demo structure's ids. */
    private record Sources(
            ArticleTextPool text,
            Random random,
            List<Long> leafChannels,
            List<Long> images,
            List<Long> pages,
            List<Long> series,
            long maxPart,
            Instant newest,
            ZoneId zone,
            long count) {}

    private void insertBatch(long from, long size, Sources s) {
        ArticleTextPool text = s.text();
        Random random = s.random();
        List<Object[]> articles = new ArrayList<>();
        for (long i = from; i < from + size; i++) {
            // The newest generated article is "3 days ago"; older ones go back three minutes each.
            Instant published = s.newest().minus(Duration.ofMinutes(3 * (s.count() - i)));
            boolean pictured = random.nextInt(4) == 0;
            boolean inSeries = !s.series().isEmpty() && random.nextInt(200) == 0;
            boolean inPrint = !s.pages().isEmpty() && random.nextInt(10) == 0;
            long millis = published.toEpochMilli();
            articles.add(new Object[] {
                s.leafChannels().get(random.nextInt(s.leafChannels().size())),
                random.nextInt(3) == 0 ? text.summary(random) : null,
                text.title(random, i),
                text.summary(random),
                text.body(random),
                pictured && !s.images().isEmpty()
                        ? s.images().get(random.nextInt(s.images().size()))
                        : null,
                inSeries ? s.series().get(random.nextInt(s.series().size())) : null,
                inSeries ? s.maxPart() + 1 + i : null,
                inPrint ? s.pages().get(random.nextInt(s.pages().size())) : null,
                text.name(random),
                LocalDate.ofInstant(published, s.zone()).toString(),
                millis,
                millis,
                millis
            });
        }
        jdbc.batchUpdate("""
                insert into article (channel_id, kicker, title, summary, body_html, rights, lead_image_id, series_id,
                  series_part, page_id, responsible_editor, status, url_date, created_at, updated_at, published_at)
                values (?, ?, ?, ?, ?, 'ORIGINAL', ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?)""", articles);
        Long lastId = jdbc.queryForObject("select max(id) from article", Long.class);
        List<Object[]> bylines = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (long id = lastId - size + 1; id <= lastId; id++) {
            bylines.add(new Object[] {id, 0, "REPORTER", text.name(random)});
            tags.add(new Object[] {id, text.tag(random)});
        }
        jdbc.batchUpdate("insert into article_byline (article_id, position, role, name) values (?, ?, ?, ?)", bylines);
        jdbc.batchUpdate("insert into article_tag (article_id, tag) values (?, ?)", tags);
    }
}
