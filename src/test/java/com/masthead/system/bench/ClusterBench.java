package com.masthead.system.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Load driver of {@code bench/cluster/run.sh} (three instances behind nginx on one PostgreSQL). Commands:
 *
 * <ul>
 *   <li>{@code freshness JDBC NODES EDGE N}: N publishes through the API (round robin over the instances); for
 *       each, the time from the publish answer until the channel page shows it on every instance and at the edge;
 *   <li>{@code burst JDBC NODES SECONDS}: see {@link ClusterBurst};
 *   <li>{@code login-limit NODES ATTEMPTS}: wrong-password logins from one address spread over the instances; how
 *       many had their password checked (the configured free failures, {@code masthead.login.free-failures}, is
 *       the exact answer) and how many were throttled.
 * </ul>
 *
 * NODES is a comma-separated list of base URLs; EDGE the nginx base URL (https://news.example.org:port, resolved
 * through {@code -Djdk.net.hosts.file}). Prints markdown lines on standard output, progress on the log.
 */
public final class ClusterBench {

    private static final Logger log = LoggerFactory.getLogger(ClusterBench.class);

    private ClusterBench() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "freshness" -> freshness(args[1], args[2].split(","), args[3], Integer.parseInt(args[4]));
            case "burst" -> ClusterBurst.run(args[1], args[2].split(","), Integer.parseInt(args[3]));
            case "login-limit" -> loginLimit(args[1].split(","), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void freshness(String jdbc, String[] nodes, String edge, int publishes) throws Exception {
        String token = BenchHttp.issueToken(jdbc);
        String run = Long.toString(System.currentTimeMillis(), 36);
        JsonNode channel = BenchHttp.json(BenchHttp.api(
                nodes[0],
                token,
                "POST",
                "/api/v1/channels",
                Map.of("name", "集群" + run, "slug", "cluster-" + run, "description", "集群测试")));
        String path = "/channel/" + channel.get("slug").asString() + "/";
        List<String> targets = new ArrayList<>(Arrays.asList(nodes));
        targets.add(edge);
        Map<String, long[]> latencies = new LinkedHashMap<>();
        targets.forEach(t -> latencies.put(t, new long[publishes]));
        int stale = 0;
        for (int i = 0; i < publishes; i++) {
            for (String target : targets) {
                BenchHttp.get(target + path); // cached (or refreshed) before the publish
            }
            String marker = "F-" + run + "-" + i;
            String node = nodes[i % nodes.length];
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("channelId", channel.get("id").asLong());
            article.put("title", "集群新鲜度 " + marker);
            article.put("body", "<p>测试正文 " + marker + "</p>");
            article.put("rights", "ORIGINAL");
            article.put("responsibleEditor", "林编辑");
            article.put("bylines", List.of(Map.of("role", "REPORTER", "name", "王记者")));
            long id = BenchHttp.json(BenchHttp.api(node, token, "POST", "/api/v1/articles", article))
                    .get("id")
                    .asLong();
            BenchHttp.json(BenchHttp.api(node, token, "POST", "/api/v1/articles/" + id + "/publish", null));
            long published = System.nanoTime();
            List<String> pending = new ArrayList<>(targets);
            while (!pending.isEmpty() && System.nanoTime() - published < 15_000_000_000L) {
                for (String target : List.copyOf(pending)) {
                    if (BenchHttp.get(target + path).body().contains(marker)) {
                        latencies.get(target)[i] = (System.nanoTime() - published) / 1_000_000;
                        pending.remove(target);
                    }
                }
            }
            for (String target : pending) {
                latencies.get(target)[i] = 15_000;
                stale++;
            }
            if (i % 20 == 19) {
                log.info("freshness: {} of {} publishes", i + 1, publishes);
            }
        }
        System.out.println("| where | p50 ms | p99 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: |");
        long[] worst = new long[publishes];
        for (Map.Entry<String, long[]> entry : latencies.entrySet()) {
            long[] sorted = entry.getValue().clone();
            for (int i = 0; i < publishes; i++) {
                worst[i] = Math.max(worst[i], entry.getValue()[i]);
            }
            Arrays.sort(sorted);
            System.out.println(row(entry.getKey().equals(edge) ? "edge (nginx) " + edge : entry.getKey(), sorted));
        }
        Arrays.sort(worst);
        System.out.println(row("**all three instances and the edge**", worst));
        System.out.println();
        System.out.println(publishes + " publishes; not fresh within 15 s: " + stale + " (target-publish pairs)");
    }

    private static String row(String label, long[] sorted) {
        return "| " + label + " | " + percentile(sorted, 50) + " | " + percentile(sorted, 99) + " | "
                + sorted[sorted.length - 1] + " |";
    }

    static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void loginLimit(String[] nodes, int attempts) throws Exception {
        String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        int checked = 0;
        int throttled = 0;
        int other = 0;
        long start = System.nanoTime();
        for (int i = 0; i < attempts; i++) {
            String node = nodes[i % nodes.length];
            String[] form = BenchHttp.loginForm(node, "X-Forwarded-For", address);
            HttpResponse<String> answer = BenchHttp.form(
                    node + "/login",
                    Map.of("username", "nobody-" + address, "password", "Wrong-" + i, "_csrf", form[1]),
                    "X-Forwarded-For",
                    address,
                    "Cookie",
                    form[0]);
            String location = answer.headers().firstValue("Location").orElse("");
            if (location.contains("throttled")) {
                throttled++;
            } else if (location.endsWith("/login?error")) {
                checked++;
            } else {
                other++;
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("| wrong-password logins from one address, round robin over " + nodes.length
                + " instances | " + attempts + " in " + seconds + " s | password checked: " + checked
                + " | throttled: " + throttled + " | other answers: " + other + " |");
    }
}
