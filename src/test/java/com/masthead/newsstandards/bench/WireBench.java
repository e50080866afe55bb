package com.masthead.newsstandards.bench;

import com.masthead.MastheadApplication;
import com.masthead.article.ArticleReading;
import com.masthead.article.ArticleTeaser;
import com.masthead.channel.ChannelCatalog;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.StaffRole;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Wire ingest and news-standard output on loopback (port 19400), one request at a time: starts the application on a fresh SQLite
 * database with the demo newspaper, takes {@code ITEMS} new ninjs items and {@code ITEMS} new NewsML-G2 items in
 * (the test fixtures with their guid made unique), sends the ninjs ones again (duplicates), then reads the demo's
 * published articles as ninjs and NewsML-G2 {@code ITEMS} times each. Bounded: each phase stops after 60 s.
 * Appends a section to {@code bench/newsstandards/RESULTS.md}. Run by {@code bench/newsstandards/run.sh}.
 *
 * <p>Usage: {@code WireBench [ITEMS]} (default 300)
 */
public final class WireBench {

    private static final Duration PHASE_LIMIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WireBench() {}

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path data = Files.createTempDirectory("masthead-wire-bench");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MastheadApplication.class)
                .run(
                        "--server.port=19400",
                        "--masthead.data-dir=" + data,
                        "--spring.datasource.url=jdbc:sqlite:" + data.resolve("masthead.db")
                                + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&synchronous=NORMAL"
                                + "&transaction_mode=IMMEDIATE",
                        "--logging.level.root=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = app.getBean(ApiTokens.class)
                    .issue("wire-bench", StaffRole.ADMIN)
                    .secret();
            long channel = app.getBean(ChannelCatalog.class).all().get(0).id();
            List<ArticleTeaser> published = app.getBean(ArticleReading.class).latest(50);
            String ninjs = fixture("wire-ninjs-reprint.json");
            String newsMl = fixture("wire-newsml-reprint.xml");
            String wire = "http://127.0.0.1:" + port + "/api/v1/wire?channelId=" + channel;
            String run = Long.toString(System.nanoTime(), 36);

            List<String> rows = new ArrayList<>();
            rows.add(phase(
                    "ninjs items in (new drafts)",
                    items,
                    201,
                    i -> post(
                            wire,
                            token,
                            "application/ninjs+json",
                            ninjs.replace(
                                    "urn:dongling-wanbao:2026:1130:qiaoliang-guanjian",
                                    "urn:bench:" + run + ":" + i))));
            rows.add(phase(
                    "NewsML-G2 items in (new drafts)",
                    items,
                    201,
                    i -> post(
                            wire,
                            token,
                            "application/xml",
                            newsMl.replace(
                                    "urn:beihu-ribao:2026:1201:chunzhong-shuiku", "urn:bench:" + run + ":x" + i))));
            rows.add(phase(
                    "ninjs items again (duplicates)",
                    items,
                    200,
                    i -> post(
                            wire,
                            token,
                            "application/json",
                            ninjs.replace(
                                    "urn:dongling-wanbao:2026:1130:qiaoliang-guanjian",
                                    "urn:bench:" + run + ":" + i))));
            for (String format : new String[] {"ninjs", "newsml"}) {
                rows.add(phase(
                        "GET /api/v1/articles/{id}/" + format + " (" + published.size() + " demo articles)",
                        items,
                        200,
                        i -> get(
                                "http://127.0.0.1:" + port + "/api/v1/articles/"
                                        + published.get(i % published.size()).id() + "/" + format,
                                token)));
            }
            report(items, rows);
        } finally {
            app.close();
        }
    }

    private static String phase(String name, int count, int expected, IntFunction<HttpRequest> request)
            throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        int unexpected = 0;
        Instant start = Instant.now();
        for (int i = 0; i < count && Duration.between(start, Instant.now()).compareTo(PHASE_LIMIT) < 0; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t0) / 1e6);
            if (response.statusCode() != expected) {
                unexpected++;
            }
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        Collections.sort(millis);
        return String.format(
                "| %s | %d | %d | %.0f/s | %.1f / %.1f / %.1f ms |",
                name,
                millis.size(),
                unexpected,
                millis.size() / seconds,
                at(millis, 0.5),
                at(millis, 0.99),
                millis.get(millis.size() - 1));
    }

    private static HttpRequest post(String url, String token, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size())));
    }

    private static void report(int items, List<String> rows) throws IOException {
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        StringBuilder section = new StringBuilder("\n## ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(": ")
                .append(items)
                .append(" per phase, SQLite, one request at a time, ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average at the end ")
                .append(load)
                .append("\n\n| phase | requests | unexpected status | throughput | p50 / p99 / max |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        rows.forEach(row -> section.append(row).append('\n'));
        System.out.print(section);
        Files.writeString(Path.of("bench/newsstandards/RESULTS.md"), section.toString(), StandardOpenOption.APPEND);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = WireBench.class.getResourceAsStream("/newsstandards/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
