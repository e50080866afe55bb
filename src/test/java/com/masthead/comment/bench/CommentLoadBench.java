package com.masthead.comment.bench;

import com.masthead.MastheadApplication;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleTeaser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded load test of the comment form on loopback: starts the application on a fresh SQLite database with the
 * demo newspaper, sends {@code POSTS} comment posts from {@code ADDRESSES} simulated client addresses (sent as
 * {@code X-Forwarded-For} from loopback, a trusted proxy) spread over the demo articles, with {@code THREADS}
 * concurrent senders, then checks the database against what the site answered: every 303 is exactly one row,
 * nothing else left a row, no text is stored twice, and no address got more than its rate limit allowed. Appends a
 * section to {@code bench/comments/RESULTS.md}. Run by {@code bench/comments/run.sh}; not part of the test suite.
 *
 * <p>Usage: {@code CommentLoadBench [POSTS] [ADDRESSES] [THREADS]} (defaults 10000, 40, 8)
 */
public final class CommentLoadBench {

    private static final Logger LOG = LoggerFactory.getLogger(CommentLoadBench.class);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(100);
    private static final int PER_ADDRESS = 5;
    private static final Duration PER_ADDRESS_PERIOD = Duration.ofMinutes(10);

    private CommentLoadBench() {}

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int addresses = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path data = Files.createTempDirectory("masthead-comment-bench");
        // Command-line arguments, not SpringApplicationBuilder.properties(): those are default properties, the
        // weakest source, and application.properties (masthead.data-dir=./data and the datasource URL built from
        // it) beat them, so every run went to ./data/masthead.db and found the rows of earlier runs there.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MastheadApplication.class)
                .run(
                        "--server.port=0",
                        "--masthead.data-dir=" + data,
                        "--spring.datasource.url=jdbc:sqlite:" + data.resolve("masthead.db")
                                + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&synchronous=NORMAL"
                                + "&transaction_mode=IMMEDIATE",
                        "--logging.level.root=WARN",
                        "--logging.level.com.masthead.comment.bench=INFO");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long earlier = benchRows(jdbc);
            if (earlier != 0) {
                // A comment from an earlier run has the same text, address and article as this run's post with
                // the same number, so the site rightly refuses that post as a duplicate (400) and the check would
                // count the earlier row as saved without an answer: say what is wrong instead.
                throw new IllegalStateException("the database " + data + " is not fresh: it already holds " + earlier
                        + " comments from bench addresses (203.0.113.*)");
            }
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<String> articles = app.getBean(ArticleReading.class).latest(20).stream()
                    .map(ArticleTeaser::url)
                    .toList();
            Result result = run(port, articles, posts, addresses, threads);
            Check check = check(jdbc, result);
            report(result, check, posts, addresses, threads, articles.size());
        } finally {
            app.close();
        }
    }

    /** What the site answered. */
    record Result(
            Map<Integer, Long> statuses,
            Map<String, List<String>> acceptedByAddress,
            long elapsedNanos,
            List<Long> latenciesMicros,
            boolean timedOut) {

        long accepted() {
            return acceptedByAddress.values().stream().mapToLong(List::size).sum();
        }
    }

    /** What the database holds afterwards, compared with what was answered. */
    record Check(
            long rows, long distinctTexts, long unexpectedRows, long missingRows, long maxPerAddress, long allowed) {

        boolean ok() {
            return unexpectedRows == 0 && missingRows == 0 && rows == distinctTexts && maxPerAddress <= allowed;
        }
    }

    private static Result run(int port, List<String> articles, int posts, int addresses, int threads) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                // daemon threads: the client is never closed, and its pool must not keep the JVM alive at the end
                .executor(Executors.newFixedThreadPool(threads, task -> {
                    Thread thread = new Thread(task, "comment-bench-client");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> tokenResponse = http.send(
                HttpRequest.newBuilder(URI.create(base + "/comments/token")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token =
                JsonMapper.shared().readTree(tokenResponse.body()).get("token").asString();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, List<String>> accepted = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(senders.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < posts && System.nanoTime() < deadline) {
                    String address = "203.0.113." + (i % addresses + 1);
                    String article = articles.get((i / addresses) % articles.size());
                    String text = "压力测试评论 " + i + " 来自 " + address + "：内容各不相同。";
                    String form = "_csrf=" + enc(token) + "&nickname=" + enc("测试者" + i % addresses) + "&text="
                            + enc(text) + "&website=";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + comments(article)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", address)
                            .header("User-Agent", "CommentLoadBench/1.0")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build();
                    long t0 = System.nanoTime();
                    int status = send(http, request);
                    latencies.add((System.nanoTime() - t0) / 1000);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    if (status == 303) {
                        accepted.computeIfAbsent(address, a -> Collections.synchronizedList(new ArrayList<>()))
                                .add(text);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        long elapsed = System.nanoTime() - started;
        senders.shutdown();
        Map<Integer, Long> counted = new HashMap<>();
        statuses.forEach((status, n) -> counted.put(status, n.sum()));
        return new Result(counted, accepted, elapsed, new ArrayList<>(latencies), next.get() < posts);
    }

    private static long benchRows(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from reader_comment where client_address like '203.0.113.%'")
                .query(Long.class)
                .single();
    }

    private static Check check(JdbcClient jdbc, Result result) {
        List<Map<String, Object>> rows = jdbc.sql(
                        "select body, client_address from reader_comment where client_address like '203.0.113.%'")
                .query()
                .listOfRows();
        Set<String> stored = new HashSet<>();
        Map<String, Long> perAddress = new HashMap<>();
        for (Map<String, Object> row : rows) {
            stored.add((String) row.get("body"));
            perAddress.merge((String) row.get("client_address"), 1L, Long::sum);
        }
        Set<String> answered = new HashSet<>();
        result.acceptedByAddress().values().forEach(answered::addAll);
        long unexpected = stored.stream().filter(t -> !answered.contains(t)).count();
        long missing = answered.stream().filter(t -> !stored.contains(t)).count();
        long max = perAddress.values().stream().mapToLong(Long::longValue).max().orElse(0);
        // A greedy bucket refills one post every PER_ADDRESS_PERIOD / PER_ADDRESS during the run.
        long refilled = result.elapsedNanos() / (PER_ADDRESS_PERIOD.toNanos() / PER_ADDRESS);
        return new Check(rows.size(), stored.size(), unexpected, missing, max, PER_ADDRESS + refilled + 1);
    }

    private static void report(Result r, Check c, int posts, int addresses, int threads, int articles)
            throws IOException {
        long sent = r.statuses().values().stream().mapToLong(Long::longValue).sum();
        double seconds = r.elapsedNanos() / 1e9;
        List<Long> sorted = new ArrayList<>(r.latenciesMicros());
        Collections.sort(sorted);
        long other = sent - r.statuses().getOrDefault(303, 0L) - r.statuses().getOrDefault(429, 0L);
        String section = """

                ## %s: %d posts, %d addresses, %d articles, %d senders, SQLite, 2 shared cores

                | measure | value |
                | --- | --- |
                | posts sent | %d%s |
                | accepted (303) | %d |
                | refused 429 (rate limit) | %d |
                | other answers | %d %s |
                | rows in the database (bench addresses) | %d |
                | distinct texts stored | %d |
                | rows without an accepted answer / accepted answers without a row | %d / %d |
                | most rows from one address (allowed: 5 + refill during the run) | %d (≤ %d) |
                | wall time | %.1f s |
                | throughput | %.0f posts/s |
                | latency p50 / p90 / p99 / max | %.1f / %.1f / %.1f / %.1f ms |
                | verdict | %s |
                """.formatted(
                        Instant.now().truncatedTo(ChronoUnit.MINUTES),
                        posts,
                        addresses,
                        articles,
                        threads,
                        sent,
                        r.timedOut() ? " (stopped at the time limit)" : "",
                        r.accepted(),
                        r.statuses().getOrDefault(429, 0L),
                        other,
                        other == 0 ? "" : r.statuses().toString(),
                        c.rows(),
                        c.distinctTexts(),
                        c.unexpectedRows(),
                        c.missingRows(),
                        c.maxPerAddress(),
                        c.allowed(),
                        seconds,
                        sent / seconds,
                        percentile(sorted, 0.50),
                        percentile(sorted, 0.90),
                        percentile(sorted, 0.99),
                        sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1000.0,
                        c.ok() && other == 0 ? "limits held, nothing lost, nothing duplicated" : "FAILED: see above");
        LOG.info(section);
        Path results = Path.of("bench/comments/RESULTS.md");
        if (!Files.exists(results)) {
            Files.writeString(results, "# Comment form load test\n\nAppended by `bench/comments/run.sh`.\n");
        }
        Files.writeString(results, section, StandardOpenOption.APPEND);
        if (!c.ok() || other != 0) {
            throw new IllegalStateException("comment load test failed: " + c + " " + r.statuses());
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    private static String comments(String articleUrl) {
        return articleUrl.substring(0, articleUrl.length() - ".html".length()) + "/comments";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
