package com.masthead.pagecache.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver of {@code bench/pagecache/coldstart.sh}: right after an instance reports healthy, {@code CLIENTS}
 * clients ask for pages without pause for {@code SECONDS}: 70% of requests one of the newest articles (the
 * first file), 30% any article of the archive (the second file), uniformly. Every answer's completion time and
 * latency are kept; afterwards the p99 of the answers completed in each 1 s window (sliding by 100 ms) gives the
 * time until the p99 first falls under 30 ms and the time after which it stays under. Prints markdown lines.
 *
 * <p>Usage: {@code ColdStartBench BASE_URL NEWEST_FILE ARCHIVE_FILE SECONDS CLIENTS}
 */
public final class ColdStartBench {

    private static final long GOAL_MICROS = 30_000;

    private ColdStartBench() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> newest = Files.readAllLines(Path.of(args[1]));
        List<String> archive = Files.readAllLines(Path.of(args[2]));
        int seconds = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicLong failures = new AtomicLong();
        List<long[]> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<long[]> mine = new ArrayList<>();
            samples.add(null);
            int slot = c;
            Thread thread = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    List<String> from = random.nextInt(100) < 70 ? newest : archive;
                    String path = from.get(random.nextInt(from.size()));
                    long sent = System.nanoTime();
                    int status = fetch(http, base + path);
                    long done = System.nanoTime();
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                    mine.add(new long[] {(done - start) / 1_000, (done - sent) / 1_000});
                }
                synchronized (samples) {
                    samples.set(slot, flatten(mine));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        report(samples, seconds, failures.get());
    }

    private static int fetch(HttpClient http, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long[] flatten(List<long[]> pairs) {
        long[] flat = new long[pairs.size() * 2];
        for (int i = 0; i < pairs.size(); i++) {
            flat[2 * i] = pairs.get(i)[0];
            flat[2 * i + 1] = pairs.get(i)[1];
        }
        return flat;
    }

    private static void report(List<long[]> samples, int seconds, long failures) {
        int windows = seconds * 10;
        List<List<Long>> byTenth = new ArrayList<>();
        for (int i = 0; i < windows; i++) {
            byTenth.add(new ArrayList<>());
        }
        long total = 0;
        for (long[] flat : samples) {
            for (int i = 0; i < flat.length; i += 2) {
                int tenth = (int) Math.min(windows - 1, flat[i] / 100_000);
                byTenth.get(tenth).add(flat[i + 1]);
                total++;
            }
        }
        double firstUnder = -1;
        double settled = -1;
        StringBuilder table =
                new StringBuilder("| second | requests | p50 ms | p99 ms |\n| ---: | ---: | ---: | ---: |\n");
        for (int t = 10; t <= windows; t++) {
            List<Long> window = new ArrayList<>();
            for (int i = t - 10; i < t; i++) {
                window.addAll(byTenth.get(i));
            }
            long p99 = percentile(window, 99);
            boolean under = !window.isEmpty() && p99 < GOAL_MICROS;
            if (under && firstUnder < 0) {
                firstUnder = t / 10.0;
            }
            if (!under) {
                settled = -1;
            } else if (settled < 0) {
                settled = t / 10.0;
            }
            if (t % 10 == 0 && (t <= 100 || t % 50 == 0)) {
                table.append(String.format(
                        "| %d | %d | %.1f | %.1f |%n",
                        t / 10, window.size(), percentile(window, 50) / 1000.0, p99 / 1000.0));
            }
        }
        System.out.printf(
                "Time until the p99 of a 1 s window first fell under 30 ms: **%s**; under for good from: **%s**"
                        + " (%d requests in %d s, %d not 200).%n%n",
                firstUnder < 0 ? "never" : firstUnder + " s",
                settled < 0 ? "never" : settled + " s",
                total,
                seconds,
                failures);
        System.out.print(table);
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
