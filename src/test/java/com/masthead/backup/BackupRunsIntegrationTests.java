package com.masthead.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.masthead.storage.ObjectStore;
import com.masthead.storage.StorageProperties;
import com.masthead.support.MigratedDatabase;
import com.masthead.system.MastheadProperties;
import com.masthead.ticket.MutableClock;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backups made by the application on a real migrated SQLite database and its files: the newest N kept (names and
 * pruning by an injected clock), a failure reported with its reason, the job lock held elsewhere, a background run.
 */
class BackupRunsIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T19:30:00Z"));
    private HikariDataSource pool;
    private LockProvider lockProvider;
    private Path dataDir;

    @BeforeEach
    void database() throws IOException {
        MigratedDatabase database = MigratedDatabase.sqlite();
        dataDir = SqliteUrl.databaseFile(database.url()).getParent();
        ObjectStore.inDirectory(dataDir)
                .put(
                        "attachments/00112233445566778899aabbccddeeff.pdf",
                        "%PDF-1.4 letter".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf");
        pool = database.pool(2);
        lockProvider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(pool))
                .withTableName("shedlock")
                .build());
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void keepsTheNewestBackupsNamedByTheClock() throws IOException {
        BackupRuns runs = runs(new BackupProperties(null, null, 2));

        for (int day = 0; day < 4; day++) {
            runs.runNow();
            assertThat(runs.status().state()).isEqualTo(BackupStatus.State.DONE);
            clock.advance(Duration.ofDays(1));
        }

        Path directory = dataDir.resolveSibling(dataDir.getFileName() + "-backups");
        assertThat(BackupRestoreIntegrationTests.namesIn(directory))
                .containsExactly("masthead-backup-20261203T193000Z", "masthead-backup-20261204T193000Z");
        assertThat(runs.backups())
                .extracting(BackupListing::name)
                .containsExactly("masthead-backup-20261204T193000Z", "masthead-backup-20261203T193000Z");
        assertThat(runs.backups().get(0).verified()).isTrue();
        assertThat(runs.backups().get(0).files()).isEqualTo(2);
        assertThat(runs.status().backup()).isEqualTo("masthead-backup-20261204T193000Z");
    }

    @Test
    void aFailedRunIsReportedWithItsReason() throws IOException {
        Path notADirectory = Files.writeString(Files.createTempFile("masthead-backups", ".txt"), "a file");
        BackupRuns runs = runs(new BackupProperties(null, notADirectory, 3));

        runs.runNow();

        assertThat(runs.status().state()).isEqualTo(BackupStatus.State.FAILED);
        assertThat(runs.status().reason()).contains(notADirectory.toString());
    }

    @Test
    void aRunWhileAnotherInstanceHoldsTheJobLockIsReportedAndWritesNothing() throws IOException {
        Path directory = Files.createTempDirectory("masthead-locked-backups");
        BackupRuns runs = runs(new BackupProperties(null, directory, 3));
        SimpleLock elsewhere = lockProvider
                .lock(new LockConfiguration(ClockProvider.now(), BackupRuns.LOCK, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            runs.runNow();
        } finally {
            elsewhere.unlock();
        }

        assertThat(runs.status().state()).isEqualTo(BackupStatus.State.FAILED);
        assertThat(runs.status().reason()).contains("another instance");
        assertThat(BackupRestoreIntegrationTests.namesIn(directory)).isEmpty();
    }

    @Test
    void startRunsTheBackupInTheBackground() throws IOException {
        Path directory = Files.createTempDirectory("masthead-background-backups");
        BackupRuns runs = runs(new BackupProperties(null, directory, 3));

        assertThat(runs.start()).isTrue();

        await().atMost(Duration.ofSeconds(30)).until(() -> !runs.status().running());
        assertThat(runs.status().state()).isEqualTo(BackupStatus.State.DONE);
        assertThat(runs.backups()).hasSize(1);
        runs.destroy();
    }

    private BackupRuns runs(BackupProperties properties) {
        return new BackupRuns(
                properties,
                new MastheadProperties(dataDir, null, false, 0),
                new StorageProperties(null, null, null, false),
                ObjectStore.inDirectory(dataDir),
                pool,
                new DefaultLockingTaskExecutor(lockProvider),
                clock);
    }
}
