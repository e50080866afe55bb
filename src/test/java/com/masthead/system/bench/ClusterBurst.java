package com.masthead.system.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A burst of publishes (API), picture uploads (API) and staff saves (an editor's form posts, logged in through
 * the last instance, the one the script kills) for SECONDS, spread round robin over the instances. A request that
 * could not connect goes to the next instance (as a load balancer does); one cut off mid-way counts as "unknown".
 * Afterwards the database is checked: every acknowledged publish published exactly once, no article published
 * twice, every acknowledged upload and save stored, and whether the editor stayed logged in.
 */
final class ClusterBurst {

    private static final Logger log = LoggerFactory.getLogger(ClusterBurst.class);

    private final String[] nodes;
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedPublishes = ConcurrentHashMap.newKeySet();
    private final Set<Long> acknowledgedUploads = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedSaves = ConcurrentHashMap.newKeySet();

    private ClusterBurst(String[] nodes) {
        this.nodes = nodes;
    }

    static void run(String jdbc, String[] nodes, int seconds) throws Exception {
        new ClusterBurst(nodes).burst(jdbc, seconds);
    }

    private interface Call {
        HttpResponse<String> send(String node) throws IOException, InterruptedException;
    }

    /** Sends to the next live instance; on a refused connection to the one after. Null when cut off mid-way. */
    private HttpResponse<String> send(Call call) throws InterruptedException {
        for (int tries = 0; tries < nodes.length * 2; tries++) {
            String node = nodes[Math.floorMod(next.getAndIncrement(), nodes.length)];
            if (down.contains(node)) {
                continue;
            }
            try {
                return call.send(node);
            } catch (IOException e) {
                if (!BenchHttp.notSent(e)) {
                    count("unknown (cut off mid-request)");
                    return null;
                }
                down.add(node);
                log.info("burst: {} refuses connections, leaving it out", node);
            }
        }
        return null;
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private void burst(String jdbc, int seconds) throws Exception {
        String token = BenchHttp.issueToken(jdbc);
        String run = Long.toString(System.currentTimeMillis(), 36);
        String killed = nodes[nodes.length - 1];
        Editor editor = Editor.login(killed, jdbc);
        long channel = BenchHttp.json(BenchHttp.api(
                        nodes[0],
                        token,
                        "POST",
                        "/api/v1/channels",
                        Map.of("name", "突发" + run, "slug", "burst-" + run, "description", "集群测试")))
                .get("id")
                .asLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> workers = List.of(
                started(() -> loop(end, () -> publish(token, channel, "B-" + run + "-" + sequence.incrementAndGet()))),
                started(() -> loop(end, () -> publish(token, channel, "B-" + run + "-" + sequence.incrementAndGet()))),
                started(() -> loop(end, () -> upload(token))),
                started(() -> loop(end, () -> save(editor, channel, "S-" + run + "-" + sequence.incrementAndGet()))));
        System.err.println("BURST STARTED"); // the script kills an instance now
        for (Thread worker : workers) {
            worker.join();
        }
        verify(jdbc, run);
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private interface Step {
        void run() throws Exception;
    }

    private void loop(long end, Step step) {
        while (System.nanoTime() < end) {
            try {
                step.run();
            } catch (Exception e) {
                count("error: " + e.getClass().getSimpleName());
            }
        }
    }

    private void publish(String token, long channel, String marker) throws Exception {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("channelId", channel);
        article.put("title", "突发稿件 " + marker);
        article.put("body", "<p>正文 " + marker + "</p>");
        article.put("rights", "ORIGINAL");
        article.put("responsibleEditor", "林编辑");
        article.put("bylines", List.of(Map.of("role", "REPORTER", "name", "王记者")));
        HttpResponse<String> created = send(node -> BenchHttp.api(node, token, "POST", "/api/v1/articles", article));
        if (created == null || created.statusCode() != 201) {
            count("publish: draft not acknowledged");
            return;
        }
        long id = BenchHttp.JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> published =
                send(node -> BenchHttp.api(node, token, "POST", "/api/v1/articles/" + id + "/publish", null));
        if (published != null && published.statusCode() == 200) {
            acknowledgedPublishes.add(marker);
            count("publish: acknowledged");
        } else {
            count("publish: not acknowledged");
        }
    }

    private void upload(String token) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int x = 0; x < 64; x++) {
            image.setRGB(x, random.nextInt(48), random.nextInt());
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String boundary = "bench" + random.nextLong();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(png.toByteArray());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(node -> BenchHttp.HTTP.send(
                HttpRequest.newBuilder(URI.create(node + "/api/v1/images"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        if (answer != null && answer.statusCode() == 201) {
            acknowledgedUploads.add(
                    BenchHttp.JSON.readTree(answer.body()).get("id").asLong());
            count("upload: acknowledged");
        } else {
            count("upload: not acknowledged " + (answer == null ? "" : answer.statusCode()));
        }
    }

    private void save(Editor editor, long channel, String marker) throws Exception {
        HttpResponse<String> answer = send(node -> BenchHttp.form(
                node + "/admin/articles",
                Map.of(
                        "channelId",
                        String.valueOf(channel),
                        "title",
                        "编辑保存 " + marker,
                        "body",
                        "<p>保存 " + marker + "</p>",
                        "rights",
                        "ORIGINAL",
                        "_csrf",
                        editor.csrf()),
                "Cookie",
                editor.cookie()));
        String location =
                answer == null ? "" : answer.headers().firstValue("Location").orElse("");
        if (answer != null && answer.statusCode() == 302 && !location.contains("/login")) {
            acknowledgedSaves.add(marker);
            count("staff save: acknowledged");
        } else if (location.contains("/login")) {
            count("staff save: editor logged out");
        } else {
            count("staff save: not acknowledged " + (answer == null ? "" : answer.statusCode()));
        }
    }

    private void verify(String jdbc, String run) throws Exception {
        int publishedTwice = 0;
        int lostPublishes = 0;
        int lostUploads = 0;
        int lostSaves = 0;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            try (PreparedStatement twice = db.prepareStatement("select title, count(*) from article where title like ?"
                    + " and status = 'PUBLISHED' group by title having count(*) > 1")) {
                twice.setString(1, "突发稿件 B-" + run + "-%");
                try (ResultSet rows = twice.executeQuery()) {
                    while (rows.next()) {
                        publishedTwice++;
                    }
                }
            }
            for (String marker : acknowledgedPublishes) {
                lostPublishes += exactly(
                                        db,
                                        "select count(*) from article where title = ? and status = 'PUBLISHED'",
                                        "突发稿件 " + marker)
                                == 1
                        ? 0
                        : 1;
            }
            for (String marker : acknowledgedSaves) {
                lostSaves += exactly(db, "select count(*) from article where title = ?", "编辑保存 " + marker) == 1 ? 0 : 1;
            }
            for (long id : acknowledgedUploads) {
                try (PreparedStatement image = db.prepareStatement("select count(*) from image where id = ?")) {
                    image.setLong(1, id);
                    try (ResultSet rows = image.executeQuery()) {
                        rows.next();
                        lostUploads += rows.getLong(1) == 1 ? 0 : 1;
                    }
                }
            }
        }
        System.out.println("| outcome | count |");
        System.out.println("| --- | ---: |");
        new java.util.TreeMap<>(counts).forEach((what, n) -> System.out.println("| " + what + " | " + n + " |"));
        System.out.println("| acknowledged publishes missing or not published exactly once | " + lostPublishes + " |");
        System.out.println("| articles published twice | " + publishedTwice + " |");
        System.out.println("| acknowledged uploads missing | " + lostUploads + " |");
        System.out.println("| acknowledged staff saves missing | " + lostSaves + " |");
        System.out.println("| instances left out after refusing connections | " + down + " |");
    }

    private static long exactly(Connection db, String sql, String value) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** An editor logged in through one instance: the session cookie and the CSRF token of its session. */
    record Editor(String cookie, String csrf) {

        static Editor login(String node, String jdbc) throws Exception {
            String password = "Cluster-Bench-" + System.nanoTime() + "-Editor";
            String login = "bench-editor-" + Long.toString(System.nanoTime(), 36);
            String[] form = BenchHttp.loginForm(node);
            EditorAccount.create(jdbc, login, password);
            HttpResponse<String> answer = BenchHttp.form(
                    node + "/login",
                    Map.of("username", login, "password", password, "_csrf", form[1]),
                    "Cookie",
                    form[0]);
            String cookie = BenchHttp.sessionCookie(answer, form[0]);
            HttpResponse<String> editorPage = BenchHttp.get(node + "/admin/articles/new", "Cookie", cookie);
            if (editorPage.statusCode() != 200) {
                throw new IllegalStateException("editor login failed: " + editorPage.statusCode());
            }
            return new Editor(cookie, BenchHttp.csrf(editorPage.body()));
        }
    }
}
