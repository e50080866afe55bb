package com.masthead.search;

import com.masthead.article.BenchArticleTexts;
import com.masthead.search.bench.JudgedAccess;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Both search backends on one corpus (run by {@code bench/search/run.sh}; not part of the test suite). {@code
 * measure <db> lucene <index dir> <out>} or {@code measure <db> opensearch <url> <out>} rebuilds that backend's
 * index from the database and writes its numbers and every query's top ten to {@code out}; {@code compare
 * <lucene out> <opensearch out> <label>} appends both side by side, with the top-10 overlap, to {@code
 * bench/search/RESULTS.md}. Heap is this JVM's (the application's share; an OpenSearch node's own heap is not in
 * it).
 */
public final class BackendBench {

    private static final int ROUNDS = 20;
    private static final int CLIENTS = 8;
    private static final Path DIR = Path.of("bench/search");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-01T00:00:00Z"), ZoneOffset.UTC);

    private BackendBench() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("measure")) {
            measure(Path.of(args[1]), args[2], args[3], Path.of(args[4]));
        } else {
            compare(Path.of(args[1]), Path.of(args[2]), args[3]);
        }
    }

    private static void measure(Path db, String backend, String where, Path out) throws Exception {
        var dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + db, true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ArticleDocuments documents = new ArticleDocuments(BenchArticleTexts.over(jdbc));
        SearchIndex index;
        if (backend.equals("lucene")) {
            index = LuceneSearchIndex.open(Path.of(where), List.of(), CLOCK);
        } else {
            OpenSearchProperties p = new OpenSearchProperties(
                    List.of(URI.create(where)),
                    null,
                    null,
                    null,
                    null,
                    java.time.Duration.ofSeconds(60),
                    "bench",
                    null,
                    null);
            index = new OpenSearchSearchIndex(OpenSearchClients.create(p), p, List.of(), CLOCK);
        }
        Map<String, String> r = new LinkedHashMap<>();
        long kept = index.indexedIds().length;
        if (Boolean.getBoolean("bench.reuse") && kept > 0) {
            r.put("articles", Long.toString(kept));
            r.put("rebuild", "kept from the last run");
            r.put("size", "kept from the last run");
            r.put("heap", "kept from the last run");
        } else {
            rebuild(index, documents, r);
        }
        measureQueries(index, jdbc, r, out);
        ((AutoCloseable) index).close();
        dataSource.destroy();
    }

    private static void rebuild(SearchIndex index, ArticleDocuments documents, Map<String, String> r) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        index.rebuild(documents, List.of());
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP)
                .mapToLong(m -> m.getPeakUsage().getUsed())
                .sum();
        long articles = index.indexedIds().length;
        r.put("articles", Long.toString(articles));
        r.put("rebuild", "%.1f s (%.0f articles/s)".formatted(seconds, articles / seconds));
        long bytes =
                index instanceof LuceneSearchIndex l ? l.sizeOnDisk() : ((OpenSearchSearchIndex) index).sizeOnDisk();
        r.put("size", "%.1f MB".formatted(bytes / 1e6));
        r.put(
                "heap",
                "%.0f MB peak during the rebuild (-Xmx%d MB)"
                        .formatted(peak / 1e6, Runtime.getRuntime().maxMemory() / (1 << 20)));
    }

    private static void measureQueries(SearchIndex index, JdbcClient jdbc, Map<String, String> r, Path out)
            throws Exception {
        List<String> queries = Files.readAllLines(DIR.resolve("queries.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        for (int warm = 0; warm < 3; warm++) {
            queries.forEach(q -> index.search(SearchQuery.of(q)));
        }
        List<Long> one = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : queries) {
                long t = System.nanoTime();
                index.search(SearchQuery.of(q));
                one.add(System.nanoTime() - t);
            }
        }
        r.put("one", percentiles(one) + " ms");
        ConcurrentLinkedQueue<Long> many = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long wall = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int seed = c;
            done.add(clients.submit(() -> {
                List<String> mine = new ArrayList<>(queries);
                for (int round = 0; round < ROUNDS / 2; round++) {
                    Collections.shuffle(mine, new Random(seed * 100L + round));
                    for (String q : mine) {
                        long t = System.nanoTime();
                        index.search(SearchQuery.of(q));
                        many.add(System.nanoTime() - t);
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        clients.shutdown();
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        r.put("eight", percentiles(new ArrayList<>(many)) + " ms, %.0f queries/s".formatted(many.size() / wallSeconds));

        double recall = 0;
        double mrr = 0;
        for (var judged : JudgedAccess.planted()) {
            long expected = jdbc.sql("select id from article where title = :t")
                    .param("t", judged.title())
                    .query(Long.class)
                    .single();
            List<Long> top = top10(index, judged.query());
            int rank = top.indexOf(expected) + 1;
            if (rank > 0) {
                recall += 1;
                mrr += 1.0 / rank;
            }
        }
        int judgedCount = JudgedAccess.planted().size();
        r.put("recall", "%.3f".formatted(recall / judgedCount));
        r.put("mrr", "%.3f".formatted(mrr / judgedCount));
        List<String> lines = new ArrayList<>();
        r.forEach((k, v) -> lines.add(k + "\t" + v));
        for (String q : queries) {
            lines.add("top\t" + q + "\t"
                    + String.join(
                            ",", top10(index, q).stream().map(String::valueOf).toList()));
        }
        Files.write(out, lines);
    }

    private static void compare(Path lucene, Path opensearch, String label) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        Map<String, String> b = new LinkedHashMap<>();
        Map<String, List<String>> topA = new LinkedHashMap<>();
        Map<String, List<String>> topB = new LinkedHashMap<>();
        read(lucene, a, topA);
        read(opensearch, b, topB);
        double overlapSum = 0;
        int atLeast80 = 0;
        for (String q : topA.keySet()) {
            List<String> x = topA.get(q);
            List<String> y = topB.getOrDefault(q, List.of());
            int size = Math.max(x.size(), y.size());
            double overlap = size == 0 ? 1 : x.stream().filter(y::contains).count() / (double) size;
            overlapSum += overlap;
            atLeast80 += overlap >= 0.8 ? 1 : 0;
        }
        StringBuilder s = new StringBuilder("\n## %s — both backends, %s articles (%s)\n\n"
                .formatted(label, a.get("articles"), Instant.now().toString().substring(0, 10)));
        s.append("| measure | Lucene | OpenSearch |\n| --- | --- | --- |\n");
        row(s, "full rebuild", "rebuild", a, b);
        row(s, "index size", "size", a, b);
        row(s, "bench JVM heap (Masthead's share)", "heap", a, b);
        row(s, "p50 / p95 / p99, one at a time", "one", a, b);
        row(s, "p50 / p95 / p99, 8 concurrent clients", "eight", a, b);
        row(s, "recall@10 (judged)", "recall", a, b);
        row(s, "MRR (judged)", "mrr", a, b);
        s.append("| top-10 overlap, mean over %d queries | %.3f (%d queries ≥ 0.8) | |\n"
                .formatted(topA.size(), overlapSum / topA.size(), atLeast80));
        Files.writeString(DIR.resolve("RESULTS.md"), s.toString(), StandardOpenOption.APPEND);
        System.out.print(s);
    }

    private static void row(StringBuilder s, String name, String key, Map<String, String> a, Map<String, String> b) {
        s.append("| %s | %s | %s |\n".formatted(name, a.get(key), b.get(key)));
    }

    private static void read(Path file, Map<String, String> values, Map<String, List<String>> tops) throws Exception {
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("top")) {
                tops.put(f[1], f[2].isEmpty() ? List.of() : List.of(f[2].split(",")));
            } else {
                values.put(f[0], f[1]);
            }
        }
    }

    private static List<Long> top10(SearchIndex index, String q) {
        return index.search(SearchQuery.of(q)).hits().items().stream()
                .map(SearchHit::articleId)
                .toList();
    }

    private static String percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return "%.2f / %.2f / %.2f".formatted(p(sorted, 50), p(sorted, 95), p(sorted, 99));
    }

    private static double p(long[] sorted, int percent) {
        int i = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
