package com.masthead.archive;

import com.masthead.storage.ObjectStore;
import com.masthead.support.MigratedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small source site for the archive's own tests (no Spring): a migrated database with a channel whose parent has
 * a larger id, an article with a tag, a setting, an account with a token, and one picture file; its archive; and
 * ways to damage an archive the way the refusals need.
 */
final class ArchiveFixture {

    static final String PICTURE_KEY = "media/ab/ab12cd-o.png";

    private ArchiveFixture() {}

    /** Fills a freshly migrated database and its file store with the fixture's rows and file. */
    static void fill(HikariDataSource pool, ObjectStore store) {
        JdbcClient jdbc = JdbcClient.create(pool);
        long now = 1_764_000_000_000L;
        jdbc.sql("insert into channel (id, parent_id, name, slug, path, position, visible, created_at, updated_at)"
                        + " values (2, null, '新闻', 'news', '/news', 0, true, ?, ?)")
                .params(now, now)
                .update();
        jdbc.sql("insert into channel (id, parent_id, name, slug, path, position, visible, created_at, updated_at)"
                        + " values (1, 2, '本地', 'local', '/news/local', 1, false, ?, ?)")
                .params(now, now)
                .update();
        jdbc.sql("insert into article (id, channel_id, title, body_html, rights, status, created_at, updated_at)"
                        + " values (7, 1, '归档测试：“引号”与\\反斜杠', '<p>正文\n第二行</p>', 'OWN', 'DRAFT', ?, ?)")
                .params(now, now)
                .update();
        jdbc.sql("insert into article_tag (article_id, tag) values (7, '归档'), (7, 'archive')")
                .update();
        jdbc.sql("insert into site_setting (name, value, updated_at) values ('site.name', '测试日报', ?)")
                .param(now)
                .update();
        jdbc.sql(
                        "insert into staff_account (id, login, real_name, email, password_hash, active, created_at,"
                                + " password_changed_at) values (3, 'archivist', '档案员', 'a@example.test', '{bcrypt}$2a$10$x', true, ?, ?)")
                .params(now, now)
                .update();
        jdbc.sql("insert into api_token (id, name, token_hash, token_prefix, role, created_at, owner_id)"
                        + " values (5, 'archive', 'f00d', 'mh_f00d', 'ADMIN', ?, 3)")
                .param(now)
                .update();
        store.put(PICTURE_KEY, "not really a png".getBytes(StandardCharsets.UTF_8), "image/png");
    }

    /** A migrated SQLite database with the fixture, exported into {@code archive}. */
    static Path exported(Path work) throws Exception {
        MigratedDatabase source = MigratedDatabase.sqlite();
        ObjectStore store = ObjectStore.inDirectory(Files.createDirectories(work.resolve("source-files")));
        Path archive = work.resolve("fixture.zip");
        try (HikariDataSource pool = source.pool(2)) {
            fill(pool, store);
            new ArchiveExport(pool, store, Clock.systemUTC()).export(archive, line -> {});
        }
        return archive;
    }

    /**
     * A copy of {@code archive} with one entry's text changed; with {@code keepManifestTrue} the manifest's
     * checksum, size and row count for it are made to match, so that only the content is wrong.
     */
    static Path rewritten(Path archive, String entryName, UnaryOperator<String> change, boolean keepManifestTrue)
            throws IOException {
        Path copy = archive.resolveSibling("changed-" + System.nanoTime() + ".zip");
        try (ZipFile zip = new ZipFile(archive.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            String changed = change.apply(text(zip, entryName));
            String manifest = text(zip, Manifest.ENTRY);
            if (keepManifestTrue) {
                manifest = ArchiveJson.mapper()
                        .writeValueAsString(
                                matching(ArchiveJson.mapper().readValue(manifest, Manifest.class), entryName, changed));
            }
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    out.write(changed.getBytes(StandardCharsets.UTF_8));
                } else if (entry.getName().equals(Manifest.ENTRY)) {
                    out.write(manifest.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return copy;
    }

    static String text(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Manifest matching(Manifest manifest, String entryName, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(ZipEntryWriter.sha256().digest(bytes));
        List<Manifest.TableEntry> tables = new ArrayList<>();
        for (Manifest.TableEntry t : manifest.tables()) {
            tables.add(
                    t.entry().equals(entryName)
                            ? new Manifest.TableEntry(
                                    t.name(),
                                    t.entry(),
                                    t.columns(),
                                    t.primaryKey(),
                                    content.lines().count(),
                                    bytes.length,
                                    sha)
                            : t);
        }
        return new Manifest(
                manifest.format(),
                manifest.schemaVersion(),
                manifest.createdAt(),
                manifest.source(),
                tables,
                manifest.files(),
                manifest.leftOut());
    }

    /** The first {@code bytes} bytes of {@code archive}, as a copy cut short in transfer would be. */
    static Path truncated(Path archive, long bytes) throws IOException {
        Path copy = archive.resolveSibling("truncated.zip");
        try (InputStream in = Files.newInputStream(archive);
                OutputStream out = Files.newOutputStream(copy)) {
            out.write(in.readNBytes((int) bytes));
        }
        return copy;
    }
}
