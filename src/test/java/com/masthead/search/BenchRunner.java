package com.masthead.search;

import com.masthead.article.BenchArticleTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The search benchmark: rebuilds the index from a generated database (see {@code bench.CorpusGenerator}), then
 * measures query latency over {@code bench/search/queries.txt} and recall@10 / MRR over the judged pairs of
 * {@code bench/search/judged.tsv}, appending a section to {@code bench/search/RESULTS.md}. Run by
 * {@code bench/search/run.sh}; not part of the test suite.
 *
 * <p>Usage: {@code BenchRunner <database file> <index dir> <label>}
 */
public final class BenchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BenchRunner.class);

    private static final int ROUNDS = 20;
    private static final Path DIR = Path.of("bench/search");

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        String label = args[2];
        var dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + db, true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ArticleDocuments documents = new ArticleDocuments(BenchArticleTexts.over(jdbc));
        long articles =
                jdbc.sql("select count(*) from article").query(Long.class).single();
        // "now" is the newest article's day, so the recency boost acts as it would on a live site
        Clock clock = Clock.fixed(Instant.parse("2025-11-01T00:00:00Z"), ZoneOffset.UTC);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir, List.of(), clock)) {
            boolean reuse = "1".equals(System.getProperty("bench.reuse"))
                    && index.indexedIds().length == articles
                    && !index.outdated();
            double buildSeconds = Double.NaN;
            if (reuse) {
                log("reusing the index of %d articles in %s (no rebuild measured)", articles, indexDir);
            } else {
                long started = System.nanoTime();
                index.rebuild(documents, List.of());
                buildSeconds = (System.nanoTime() - started) / 1e9;
            }
            long bytes = index.sizeOnDisk();
            log(
                    "built %d articles in %.1f s (%.0f docs/s), %.1f MB",
                    articles, buildSeconds, articles / buildSeconds, bytes / 1e6);

            List<String> queries = Files.readAllLines(DIR.resolve("queries.txt")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            for (int warm = 0; warm < 3; warm++) {
                queries.forEach(q -> index.search(SearchQuery.of(q)));
            }
            List<Long> nanos = new ArrayList<>();
            Map<String, List<Long>> perQuery = new LinkedHashMap<>();
            long hitsTotal = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : queries) {
                    long t = System.nanoTime();
                    SearchResults r = index.search(SearchQuery.of(q));
                    long took = System.nanoTime() - t;
                    nanos.add(took);
                    perQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(took);
                    hitsTotal += r.hits().items().size();
                }
            }
            // the slowest queries by median, to see where the time goes
            List<String> bySlowness = new ArrayList<>(perQuery.keySet());
            bySlowness.sort(Comparator.comparingDouble((String q) -> median(perQuery.get(q)))
                    .reversed());
            for (String q : bySlowness.subList(0, Math.min(8, bySlowness.size()))) {
                log("  slow: %s, median %.2f ms", q, median(perQuery.get(q)));
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            double p50 = percentile(sorted, 50);
            double p95 = percentile(sorted, 95);
            double p99 = percentile(sorted, 99);
            log("%d queries x %d rounds: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", queries.size(), ROUNDS, p50, p95, p99);

            List<String> misses = new ArrayList<>();
            double recall = 0;
            double mrr = 0;
            for (var judged : com.masthead.search.bench.JudgedAccess.planted()) {
                long expected = jdbc.sql("select id from article where title = :t")
                        .param("t", judged.title())
                        .query(Long.class)
                        .single();
                List<Long> top = index.search(SearchQuery.of(judged.query())).hits().items().stream()
                        .map(SearchHit::articleId)
                        .toList();
                int rank = top.indexOf(expected) + 1;
                if (rank > 0) {
                    recall += 1;
                    mrr += 1.0 / rank;
                } else {
                    misses.add(judged.query());
                }
            }
            int judgedCount = com.masthead.search.bench.JudgedAccess.planted().size();
            recall /= judgedCount;
            mrr /= judgedCount;
            log("judged %d: recall@10 %.3f, MRR %.3f, misses %s", judgedCount, recall, mrr, misses);

            // the sitemap queries of the discovery module, on the same database
            long t = System.nanoTime();
            int blocks = jdbc.sql("select id / 10000 as b, max(updated_at) as m from article"
                            + " where status = 'PUBLISHED' group by id / 10000")
                    .query((rs, n) -> rs.getLong("b"))
                    .list()
                    .size();
            double blocksMs = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            int rows = jdbc.sql("select id, url_date, updated_at from article where status = 'PUBLISHED'"
                            + " and id >= :lo and id < :hi order by id")
                    .param("lo", (articles / 2 / 10_000) * 10_000)
                    .param("hi", (articles / 2 / 10_000 + 1) * 10_000)
                    .query((rs, n) -> rs.getLong("id"))
                    .list()
                    .size();
            double blockMs = (System.nanoTime() - t) / 1e6;
            log(
                    "sitemap: %d blocks listed in %.0f ms; one block of %d rows in %.0f ms",
                    blocks, blocksMs, rows, blockMs);

            String section = """

                    ## %s — %,d articles (%s)

                    | measure | value |
                    | --- | --- |
                    | full rebuild | %.1f s (%.0f articles/s) |
                    | index size | %.1f MB |
                    | query latency p50 / p95 / p99 | %.2f / %.2f / %.2f ms (%d queries × %d rounds, one thread) |
                    | results returned | %d |
                    | recall@10 (%d judged pairs) | %.3f |
                    | MRR | %.3f |
                    | judged misses | %s |
                    | sitemap index (group published ids by block) | %d blocks in %.0f ms (cached 10 min) |
                    | one article sitemap block | %d rows in %.0f ms |
                    """.formatted(
                            label,
                            articles,
                            Instant.now().toString().substring(0, 10),
                            buildSeconds,
                            articles / buildSeconds,
                            bytes / 1e6,
                            p50,
                            p95,
                            p99,
                            queries.size(),
                            ROUNDS,
                            hitsTotal,
                            judgedCount,
                            recall,
                            mrr,
                            misses.isEmpty() ? "none" : String.join("; ", misses),
                            blocks,
                            blocksMs,
                            rows,
                            blockMs);
            Path results = DIR.resolve("RESULTS.md");
            if (!Files.exists(results)) {
                Files.writeString(
                        results,
                        "# Search benchmark results\n\nWritten by `bench/search/run.sh`; see"
                                + " docs/search.md for what is measured. Machine: 2 cores, 24 GB, JDK 17.\n");
            }
            Files.writeString(results, section, StandardOpenOption.APPEND);
        }
        dataSource.destroy();
    }

    private static double median(List<Long> nanos) {
        return percentile(nanos.stream().mapToLong(Long::longValue).sorted().toArray(), 50);
    }

    private static double percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static void log(String format, Object... args) {
        LOG.info(String.format(format, args));
    }
}
