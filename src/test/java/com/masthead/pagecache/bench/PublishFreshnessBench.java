package com.masthead.pagecache.bench;

import com.masthead.MastheadApplication;
import com.masthead.staff.ApiTokens;
import com.masthead.staff.StaffAccounts;
import com.masthead.support.ContentFixtures;
import com.masthead.support.PostgresServer;
import com.masthead.support.SiteTestSupport;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Publish on one instance, fresh on the other: two complete applications in this JVM on one database (a SQLite file
 * or a database on the embedded PostgreSQL server), each with its own page cache. Each round edits a published
 * article's title through instance A (save, then publish the edit), then reads the article page and its channel
 * page from instance B (both cached there) until both show the new title, and records the time from A's publish
 * answer to that moment. Rounds start at irregular moments (50-250 ms apart) so that they do not keep step with the
 * poll. Prints p50/p90/p99/max in milliseconds as one markdown table row.
 *
 * <pre>java -cp "$CP" com.masthead.pagecache.bench.PublishFreshnessBench sqlite|postgres [PUBLISHES]</pre>
 */
public final class PublishFreshnessBench {

    private PublishFreshnessBench() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "sqlite";
        int publishes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Map<String, Object> properties =
                new LinkedHashMap<>(database.equals("postgres") ? postgresDatabase() : sqliteDatabase());
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        try {
            Instance a = start(properties, contexts);
            JsonNode channel = a.fixtures().channel("时延频道", null);
            long channelId = channel.get("id").asLong();
            JsonNode story = a.fixtures().article(channelId).publish();
            Instance b = start(properties, contexts);
            String articleUrl = story.get("url").asString();
            String channelUrl = channel.get("url").asString();
            b.get(articleUrl);
            b.get(channelUrl);

            double[] millis = new double[publishes];
            Random pauses = new Random(20261207L);
            for (int i = 0; i < publishes; i++) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50 + pauses.nextInt(200)));
                String title = "时延" + i + "-" + ContentFixtures.unique("t");
                story = republish(a, channelId, story, title);
                long published = System.nanoTime();
                while (!b.get(articleUrl).body().contains(title)
                        || !b.get(channelUrl).body().contains(title)) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                }
                millis[i] = (System.nanoTime() - published) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(
                    "| %s | %d | %.0f | %.0f | %.0f | %.0f |%n",
                    database,
                    publishes,
                    percentile(millis, 50),
                    percentile(millis, 90),
                    percentile(millis, 99),
                    millis[millis.length - 1]);
        } finally {
            contexts.forEach(ConfigurableApplicationContext::close);
        }
        System.exit(0);
    }

    private static JsonNode republish(Instance a, long channelId, JsonNode story, String title) {
        long id = story.get("id").asLong();
        HttpResponse<String> saved = a.api("PUT", "/api/v1/articles/" + id)
                .header("If-Match", "\"" + story.get("version").asInt() + "\"")
                .body(a.fixtures().article(channelId).set("title", title).json())
                .send();
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("save failed: " + saved.statusCode() + " " + saved.body());
        }
        HttpResponse<String> published =
                a.api("POST", "/api/v1/articles/" + id + "/publish").send();
        if (published.statusCode() != 200) {
            throw new IllegalStateException("publish failed: " + published.statusCode() + " " + published.body());
        }
        return a.parse(published.body());
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Map<String, Object> sqliteDatabase() throws Exception {
        Path file = Files.createTempDirectory("masthead-freshness").resolve("masthead.db");
        return Map.of(
                "spring.datasource.url",
                "jdbc:sqlite:" + file
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&synchronous=NORMAL"
                        + "&transaction_mode=IMMEDIATE");
    }

    private static Map<String, Object> postgresDatabase() throws Exception {
        String serverUrl = PostgresServer.jdbcUrl();
        String name = "freshness_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return Map.of(
                "spring.datasource.url", serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }

    private static Instance start(Map<String, Object> database, List<ConfigurableApplicationContext> contexts)
            throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>(database);
        properties.put("server.port", 0);
        properties.put("masthead.data-dir", Files.createTempDirectory("masthead-freshness-instance"));
        properties.put("masthead.seed-demo-content", false);
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MastheadApplication.class).run(arguments);
        contexts.add(context);
        return new Instance(context);
    }

    /** Real-HTTP access to one instance. */
    private static final class Instance extends SiteTestSupport {

        Instance(ConfigurableApplicationContext context) {
            this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            this.tokens = context.getBean(ApiTokens.class);
            this.json = context.getBean(ObjectMapper.class);
            this.jdbc = context.getBean(JdbcClient.class);
            this.staffAccounts = context.getBean(StaffAccounts.class);
        }
    }
}
