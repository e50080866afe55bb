package com.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.audit.AuditChains;
import com.masthead.audit.ChainVerification;
import com.masthead.storage.ObjectStore;
import com.masthead.support.MigratedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The round trip, with the commands themselves: export the running demo site (plus a comment with its
 * history, a correction ticket with an attachment, the demo's e-paper pages with their PDFs, the audit chain of
 * everything done so far) while it serves, import that into an empty database of the other kind, export that
 * again and get byte-identical table entries and the same files; then back into the first kind, the same again.
 * The audit chain verifies on every copy, with the application's own verifier.
 */
interface ArchiveRoundTripContract {

    /** The command-line arguments that point a command at the running site's database and files. */
    List<String> siteArguments();

    JdbcClient database();

    /** An empty, migrated database of the site's own kind. */
    MigratedDatabase sameKind() throws Exception;

    /** An empty, migrated database of the other kind. */
    MigratedDatabase otherKind() throws Exception;

    @Test
    default void anExportImportsIntoTheOtherDatabaseAndBackByteForByteWithTheAuditChainIntact(@TempDir Path work)
            throws Exception {
        ArchiveExtras.addTo(database(), siteStore());
        Path first = work.resolve("first.zip");
        assertThat(ArchiveCommand.run(arguments(siteArguments(), "--masthead.export=" + first)))
                .isZero();
        thenTheArchiveHoldsTheDemoAndTheExtras(first);

        Path second = roundTrip(otherKind(), first, work.resolve("other"));
        thenSameTablesAndFiles(first, second);

        Path third = roundTrip(sameKind(), second, work.resolve("same"));
        thenSameTablesAndFiles(second, third);
    }

    /** The running site's file store (the data directory of {@link #siteArguments}). */
    ObjectStore siteStore();

    private Path roundTrip(MigratedDatabase target, Path archive, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        List<String> args =
                new ArrayList<>(List.of("--spring.datasource.url=" + target.url(), "--masthead.data-dir=" + dataDir));
        if (target.user() != null) {
            args.add("--spring.datasource.username=" + target.user());
            args.add("--spring.datasource.password=" + target.password());
        }
        assertThat(ArchiveCommand.run(arguments(args, "--masthead.import=" + archive)))
                .as("import into %s", target.product())
                .isZero();
        assertThat(ArchiveCommand.run(arguments(args, "--masthead.import=" + archive)))
                .as("the same import again, into what is no longer an empty database")
                .isEqualTo(1);
        try (HikariDataSource pool = target.pool(2)) {
            ChainVerification chain = AuditChains.verify(pool);
            assertThat(chain.ok()).as(chain.describe()).isTrue();
            assertThat(chain.checked()).isGreaterThan(3);
        }
        Path again = dataDir.resolve("again.zip");
        assertThat(ArchiveCommand.run(arguments(args, "--masthead.export=" + again)))
                .isZero();
        return again;
    }

    private static String[] arguments(List<String> base, String command) {
        List<String> all = new ArrayList<>(base);
        all.add(command);
        all.add("--spring.main.log-startup-info=false");
        return all.toArray(String[]::new);
    }

    private static void thenTheArchiveHoldsTheDemoAndTheExtras(Path archive) throws IOException {
        Map<String, String> entries = textEntries(archive);
        assertThat(entries.get("tables/article.jsonl")).contains("\"status\":\"PUBLISHED\"");
        assertThat(entries.get("tables/reader_comment.jsonl")).contains(ArchiveExtras.COMMENT);
        assertThat(entries.get("tables/comment_event.jsonl")).contains("APPROVED");
        assertThat(entries.get("tables/correction_request.jsonl")).contains(ArchiveExtras.ATTACHMENT);
        assertThat(entries.get("tables/epaper_page_file.jsonl")).isNotEmpty();
        assertThat(entries.get("tables/audit_entry.jsonl").lines().count()).isGreaterThan(3);
        assertThat(entries.get("tables/staff_account.jsonl")).contains("\"password_hash\":\"");
        assertThat(entries.get("files.jsonl"))
                .contains("\"key\":\"attachments/" + ArchiveExtras.ATTACHMENT + "\"")
                .contains("\"key\":\"epaper/")
                .contains("\"key\":\"media/");
        assertThat(entries).doesNotContainKeys("tables/staff_session.jsonl", "tables/shedlock.jsonl");
    }

    private static void thenSameTablesAndFiles(Path before, Path after) throws IOException {
        Map<String, String> expected = textEntries(before);
        Map<String, String> actual = textEntries(after);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
        }
    }

    /** Every table entry and the files index (which holds each file's SHA-256), as text. */
    private static Map<String, String> textEntries(Path archive) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("tables/") || entry.getName().equals("files.jsonl")) {
                    try (var in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return entries;
    }
}
