package com.masthead.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.audit.AuditChainVerifier;
import com.masthead.audit.ChainVerification;
import com.masthead.pagecache.TwoInstances;
import com.masthead.staff.StaffRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The commands end to end on real SQLite files: {@code --masthead.backup} while another thread keeps publishing
 * articles through the API of a running site, then {@code --masthead.restore} into a data directory of its own,
 * which a new instance then serves.
 */
class BackupRestoreIntegrationTests {

    private static BackupSite source;
    private static Path backups;
    private static Path backup;
    private static int publishedBeforeBackup;
    private static int publishedAfterBackup;

    @BeforeAll
    static void backUpWhileArticlesArePublished() throws Exception {
        source = new BackupSite("backup-source").withFiles();
        backups = Files.createTempDirectory("masthead-backups");
        AtomicBoolean publishing = new AtomicBoolean(true);
        AtomicInteger published = new AtomicInteger();
        CompletableFuture<Void> publisher = CompletableFuture.runAsync(() -> {
            while (publishing.get()) {
                source.site.fixtures().article(source.channelId).publish();
                published.incrementAndGet();
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> published.get() >= 3 || publisher.isDone());
        publishedBeforeBackup = published.get();

        int status = BackupCommands.run(BackupSite.arguments(source.dataDir, "--masthead.backup=" + backups));

        publishedAfterBackup = published.get();
        int atEnd = publishedAfterBackup;
        await().atMost(Duration.ofSeconds(60)).until(() -> published.get() >= atEnd + 2 || publisher.isDone());
        publishing.set(false);
        publisher.join();
        assertThat(status).isEqualTo(BackupCommandLine.DONE);
        try (Stream<Path> made = Files.list(backups)) {
            backup = made.filter(ManifestFile::isBackup).findFirst().orElseThrow();
        }
    }

    @AfterAll
    static void stop() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void theBackupHoldsTheDatabaseAndEveryStoredFileWithItsChecksum() throws IOException {
        BackupManifest manifest = ManifestFile.read(backup);

        assertThat(backup.getFileName().toString()).startsWith("masthead-backup-");
        assertThat(manifest.files())
                .extracting(BackupManifest.FileEntry::path)
                .contains("masthead.db", source.mediaKey, source.epaperKey, source.attachmentKey);
        assertThat(Files.readAllBytes(backup.resolve(source.attachmentKey)))
                .isEqualTo(Files.readAllBytes(source.dataDir.resolve(source.attachmentKey)));
        for (BackupManifest.FileEntry file : manifest.files()) {
            assertThat(Checksums.of(backup.resolve(file.path()), file.path())).isEqualTo(file);
        }
        assertThat(manifest.storage()).isEqualTo("local");
        assertThat(manifest.schemaVersion()).isEqualTo(SchemaHistoryRepository.newestKnownVersion());
        assertThat(manifest.auditHead().verified()).isTrue();
        assertThat(manifest.auditHead().seq()).isPositive();
        assertThat(backups)
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".partial"));
    }

    @Test
    void aBackupTakenWhileArticlesArePublishedRestoresToAConsistentDatabaseWhoseAuditChainVerifies()
            throws IOException {
        Path restored = Files.createTempDirectory("masthead-restored").resolve("data");

        int status = BackupCommands.run(BackupSite.arguments(restored, "--masthead.restore=" + backup));

        assertThat(status).isEqualTo(BackupCommandLine.DONE);
        SingleConnectionDataSource database =
                new SingleConnectionDataSource("jdbc:sqlite:" + restored.resolve("masthead.db"), true);
        try {
            JdbcClient jdbc = JdbcClient.create(database);
            assertThat(jdbc.sql("pragma integrity_check").query(String.class).list())
                    .containsExactly("ok");
            assertThat(jdbc.sql("pragma foreign_key_check").query().listOfRows())
                    .isEmpty();
            Set<String> publishedArticles =
                    jdbc.sql("select id from article where status = 'PUBLISHED'").query(Long.class).list().stream()
                            .map(id -> "article:" + id)
                            .collect(Collectors.toSet());
            Set<String> publishAudits =
                    Set.copyOf(jdbc.sql("select subject from audit_entry where action = 'article.published'")
                            .query(String.class)
                            .list());
            // one snapshot: every publication in the copy has its audit entry and no entry lacks its article
            assertThat(publishedArticles).isEqualTo(publishAudits);
            assertThat(publishedArticles.size()).isBetween(1 + publishedBeforeBackup, 2 + publishedAfterBackup);
            ChainVerification chain = AuditChainVerifier.of(database).verify();
            assertThat(chain.ok()).isTrue();
            assertThat(chain.lastSeq())
                    .isEqualTo(ManifestFile.read(backup).auditHead().seq());
        } finally {
            database.destroy();
        }
        assertThat(restored.resolve(source.attachmentKey)).hasSameBinaryContentAs(backup.resolve(source.attachmentKey));
        assertThat(restored.resolve("search")).doesNotExist();

        TwoInstances.Instance copy = source.start("restored", restored);
        assertThat(copy.get(source.articleUrl).statusCode()).isEqualTo(200);
        String mediaName = source.mediaKey.substring(source.mediaKey.lastIndexOf('/') + 1);
        assertThat(copy.get("/media/" + mediaName).statusCode()).isEqualTo(200);
        long ticket = copy.jdbc()
                .sql("select id from correction_request where attachment_name is not null")
                .query(Long.class)
                .single();
        assertThat(copy.api("GET", "/api/v1/corrections/" + ticket + "/attachment")
                        .as(StaffRole.MODERATOR)
                        .send()
                        .statusCode())
                .isEqualTo(200);
        source.instances.stop(copy);
    }

    @Test
    void theRestoreCommandRefusesTheDataDirectoryOfARunningSite() throws IOException {
        int status = BackupCommands.run(BackupSite.arguments(source.dataDir, "--masthead.restore=" + backup));

        assertThat(status).isEqualTo(BackupCommandLine.REFUSED);
        assertThat(source.site.get(source.articleUrl).statusCode()).isEqualTo(200);
        assertThat(namesIn(source.dataDir.getParent())).containsExactly("data");
    }

    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
