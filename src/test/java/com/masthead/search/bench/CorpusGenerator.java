package com.masthead.search.bench;

import com.masthead.system.FlywayDialectPlaceholders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a fresh SQLite database of {@code n} published articles for the search benchmark. Text is composed, with a
 * fixed seed, from the sentences of the demo newspaper (our own writing): titles are demo titles or sentence heads,
 * bodies 8–20 demo sentences (about 600–1,600 characters). The judged articles of {@link Judged} are planted at
 * fixed positions together with distractors that share their words in the body only, so recall and MRR measure
 * ranking, not just matching.
 *
 * <p>Usage: {@code CorpusGenerator <database file> <n>}
 */
public final class CorpusGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusGenerator.class);

    static final long SEED = 20251126L;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Files.deleteIfExists(db);
        String url = "jdbc:sqlite:" + db + "?journal_mode=OFF&synchronous=OFF";
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .placeholders(FlywayDialectPlaceholders.placeholdersFor("SQLite"))
                .load()
                .migrate();
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            generate(c, n);
            c.commit();
        }
        LOG.info(String.format("generated %d articles in %.1f s into %s", n, (System.nanoTime() - started) / 1e9, db));
    }

    private static void generate(Connection c, int n) throws SQLException, IOException {
        Demo demo = Demo.load();
        long[] channels = new long[6];
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < channels.length; i++) {
                s.executeUpdate("insert into channel (name, slug, path, position, created_at, updated_at) values ('频道"
                        + i + "', 'c" + i + "', 'c" + i + "', " + i + ", 0, 0)");
                channels[i] = i + 1;
            }
        }
        Random random = new Random(SEED);
        List<Judged.Planted> planted = Judged.PLANTED;
        int plantEvery = Math.max(10, n / (planted.size() * 4 + 1));
        Instant newest = LocalDate.of(2025, 11, 1).atStartOfDay(ZONE).toInstant();
        try (PreparedStatement insert = c.prepareStatement("""
                insert into article (channel_id, kicker, title, subtitle, summary, body_html, rights, status,
                  url_date, created_at, updated_at, published_at, responsible_editor)
                values (?, ?, ?, ?, ?, ?, 'ORIGINAL', 'PUBLISHED', ?, ?, ?, ?, '林编辑')""")) {
            int plantedIndex = 0;
            for (int i = 1; i <= n; i++) {
                // one article every ~10 minutes going back from the newest date
                Instant published = newest.minusSeconds((long) (n - i) * 600);
                String title;
                String body;
                String summary;
                int slot = i / plantEvery;
                if (i % plantEvery == 0 && slot % 4 == 0 && plantedIndex < planted.size()) {
                    Judged.Planted p = planted.get(plantedIndex++);
                    title = p.title();
                    summary = p.lead();
                    body = "<p>" + p.lead() + "</p>" + demo.paragraphs(random, 6);
                } else if (i % plantEvery == 0 && plantedIndex > 0) {
                    // a distractor: the planted article's words, but only in the body and far apart
                    Judged.Planted p = planted.get(plantedIndex - 1);
                    title = demo.title(random);
                    summary = demo.sentence(random);
                    body = demo.paragraphs(random, 4) + "<p>" + p.distractor() + "</p>" + demo.paragraphs(random, 4);
                } else {
                    title = demo.title(random);
                    summary = demo.sentence(random);
                    body = demo.paragraphs(random, 8 + random.nextInt(13));
                }
                insert.setLong(1, channels[random.nextInt(channels.length)]);
                insert.setString(2, random.nextInt(5) == 0 ? demo.kicker(random) : null);
                insert.setString(3, cut(title, 200));
                insert.setString(4, null);
                insert.setString(5, cut(summary, 1000));
                insert.setString(6, body);
                insert.setString(7, LocalDate.ofInstant(published, ZONE).toString());
                insert.setLong(8, published.toEpochMilli());
                insert.setLong(9, published.toEpochMilli());
                insert.setLong(10, published.toEpochMilli());
                insert.addBatch();
                if (i % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The demo newspaper's titles, kickers and sentences. */
    record Demo(List<String> titles, List<String> kickers, List<String> sentences) {

        static Demo load() throws IOException {
            List<String> titles = new ArrayList<>();
            List<String> kickers = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            for (String name : List.of("articles-news.json", "articles-economy.json", "articles-tech.json")) {
                try (InputStream in = CorpusGenerator.class.getResourceAsStream("/demo/" + name)) {
                    for (JsonNode a : JsonMapper.shared().readTree(in)) {
                        titles.add(a.get("title").asString());
                        if (a.hasNonNull("kicker")) {
                            kickers.add(a.get("kicker").asString());
                        }
                        String text = a.get("body").asString().replaceAll("<[^>]+>", "\n");
                        for (String s : text.split("(?<=[。！？])|\n")) {
                            if (s.strip().length() >= 12) {
                                sentences.add(s.strip());
                            }
                        }
                    }
                }
            }
            return new Demo(titles, kickers, sentences);
        }

        String title(Random r) {
            if (r.nextBoolean()) {
                return titles.get(r.nextInt(titles.size()));
            }
            String s = sentence(r).replaceAll("[。！？，、；：“”]", " ").strip();
            return s.length() > 26 ? s.substring(0, 26) : s;
        }

        String kicker(Random r) {
            return kickers.isEmpty() ? null : kickers.get(r.nextInt(kickers.size()));
        }

        String sentence(Random r) {
            return sentences.get(r.nextInt(sentences.size()));
        }

        String paragraphs(Random r, int count) {
            StringBuilder html = new StringBuilder();
            for (int i = 0; i < count; i += 3) {
                html.append("<p>");
                for (int k = i; k < Math.min(count, i + 3); k++) {
                    html.append(sentence(r));
                }
                html.append("</p>");
            }
            return html.toString();
        }
    }
}
