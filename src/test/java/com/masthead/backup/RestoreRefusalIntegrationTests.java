package com.masthead.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.storage.ObjectStore;
import com.masthead.support.MigratedDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Every refusal of a restore, each on its own copy of one real backup (a migrated SQLite database and files), and
 * each leaving the data directory and its parent byte for byte as they were; then a restore that goes through and
 * keeps the replaced data beside it.
 */
class RestoreRefusalIntegrationTests {

    private static Path backup;
    private static MigratedDatabase database;
    private static final String MEDIA = "media/ab/ab01-o.jpg";
    private static final String ATTACHMENT = "attachments/0123456789abcdef0123456789abcdef.pdf";

    private final Restore restore = new Restore(Clock.systemUTC());
    private final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void makeABackup() throws IOException {
        database = MigratedDatabase.sqlite();
        Path dir = SqliteUrl.databaseFile(database.url()).getParent();
        ObjectStore files = ObjectStore.inDirectory(dir);
        files.put(MEDIA, new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3}, "image/jpeg");
        files.put(ATTACHMENT, "%PDF-1.4 a reader's letter".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        BackupSource source = new BackupSource(() -> DriverManager.getConnection(database.url()), files, "local");
        backup = new OnlineBackup(Clock.systemUTC())
                .create(source, Files.createTempDirectory("masthead-refusals"), line -> {})
                .folder();
    }

    @Test
    void refusesAFolderWithoutManifest() throws IOException {
        Path copy = copyOfBackup();
        Files.delete(copy.resolve("manifest.json"));

        assertRefusedUnchanged(copy, "is not a backup: it has no manifest.json");
    }

    @Test
    void refusesWhenAFileOfTheManifestIsMissing() throws IOException {
        Path copy = copyOfBackup();
        Files.delete(copy.resolve(ATTACHMENT));

        assertRefusedUnchanged(copy, "1 files of the manifest are missing from " + copy + ": " + ATTACHMENT);
    }

    @Test
    void refusesAFileWhoseChecksumDoesNotMatch() throws IOException {
        Path copy = copyOfBackup();
        try (RandomAccessFile file = new RandomAccessFile(copy.resolve(MEDIA).toFile(), "rw")) {
            file.seek(3);
            file.write(9);
        }

        assertRefusedUnchanged(copy, "checksum mismatch: " + MEDIA + " should have 5 bytes");
    }

    @Test
    void refusesADatabaseWhoseAuditChainIsBroken() throws Exception {
        Path copy = copyOfBackup();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy.resolve("masthead.db"));
                Statement statement = connection.createStatement()) {
            statement.execute("insert into audit_entry (seq, occurred_at, actor, action, subject, detail, address,"
                    + " prev_hash, hash) values (1, 0, 'someone', 'article.published', 'article:1', '', null, '"
                    + "0".repeat(64) + "', '" + "1".repeat(64) + "')");
        }
        rewriteManifest(copy, manifest -> withDatabaseChecksum(copy, manifest));

        assertRefusedUnchanged(copy, "audit chain broken at seq=1: HASH_MISMATCH");
    }

    @Test
    void refusesABackupOfANewerSchemaVersion() throws IOException {
        Path copy = copyOfBackup();
        rewriteManifest(
                copy,
                m -> new BackupManifest(m.format(), m.createdAt(), "99.1", m.auditHead(), m.storage(), m.files()));

        assertRefusedUnchanged(
                copy,
                "the backup comes from a newer schema version (99.1) than this version of Masthead knows ("
                        + SchemaHistoryRepository.newestKnownVersion() + ")");
    }

    @Test
    void refusesWhileAnInstanceHoldsTheDatabaseAndRestoresOnceItIsGone() throws Exception {
        Path dataDir = previousDataDir();
        HikariDataSource running = pool(dataDir);
        try {
            try (Connection used = running.getConnection();
                    Statement statement = used.createStatement()) {
                statement.execute("select count(*) from previous");
            }
            Map<String, String> before = contentsOf(dataDir.getParent());

            assertThatThrownBy(() -> restore.restore(copyOfBackup(), target(dataDir), progress::add))
                    .isInstanceOf(BackupRefused.class)
                    .hasMessageContaining("is open in a running Masthead");

            assertThat(contentsOf(dataDir.getParent())).isEqualTo(before);
            try (Connection used = running.getConnection()) {
                assertThat(used.isValid(1)).isTrue();
            }
        } finally {
            running.close();
        }

        Restore.Done done = restore.restore(copyOfBackup(), target(dataDir), progress::add);

        assertThat(done.previousData().getFileName().toString()).startsWith("data.before-restore-");
        assertThat(done.previousData().resolve("media/old.jpg")).hasContent("the previous picture");
        assertThat(dataDir.resolve(ATTACHMENT)).hasSameBinaryContentAs(backup.resolve(ATTACHMENT));
        assertThat(dataDir.resolve("media/old.jpg")).doesNotExist();
        assertThat(BackupRestoreIntegrationTests.namesIn(dataDir.getParent()))
                .containsExactlyInAnyOrder(
                        "data", done.previousData().getFileName().toString());
        assertThat(progress).anyMatch(line -> line.startsWith("audit chain intact"));
    }

    @Test
    void theCommandsRefusePostgresqlWithWhereToTurn() {
        assertThatThrownBy(() -> SqliteUrl.databaseFile("jdbc:postgresql://db:5432/masthead"))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("pg_dump")
                .hasMessageContaining("--masthead.export");
        assertThat(BackupCommands.run(
                        "--masthead.backup=" + backup.getParent(),
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/masthead"))
                .isEqualTo(BackupCommandLine.REFUSED);
    }

    @Test
    void aBackupThatCannotBeWrittenFailsWithStatusOneAndLeavesNothingBehind() throws IOException {
        Path aFile = Files.writeString(Files.createTempFile("masthead-not-a-directory", ".txt"), "occupied");
        Path dataDir = SqliteUrl.databaseFile(database.url()).getParent();

        int status = BackupCommands.run(
                "--masthead.backup=" + aFile.resolve("backups"),
                "--masthead.data-dir=" + dataDir,
                "--spring.datasource.url=" + database.url());

        assertThat(status).isEqualTo(BackupCommandLine.FAILED);
        assertThat(aFile).hasContent("occupied");
    }

    @Test
    void theCommandsAreOneAtATime() {
        assertThat(BackupCommands.run(
                        "--masthead.backup=" + backup.getParent(),
                        "--masthead.restore=" + backup,
                        "--spring.datasource.url=" + database.url()))
                .isEqualTo(BackupCommandLine.REFUSED);
    }

    private void assertRefusedUnchanged(Path copy, String message) throws IOException {
        Path dataDir = previousDataDir();
        Map<String, String> before = contentsOf(dataDir.getParent());

        assertThatThrownBy(() -> restore.restore(copy, target(dataDir), progress::add))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining(message);

        assertThat(contentsOf(dataDir.getParent())).isEqualTo(before);
    }

    private static Restore.Target target(Path dataDir) {
        return new Restore.Target(dataDir, "masthead.db");
    }

    /** A data directory with a database and a picture of its own, as a site that ran before has. */
    private static Path previousDataDir() throws IOException {
        Path dataDir = Files.createTempDirectory("masthead-restore-target").resolve("data");
        Files.createDirectories(dataDir.resolve("media"));
        Files.writeString(dataDir.resolve("media/old.jpg"), "the previous picture");
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:sqlite:" + dataDir.resolve("masthead.db") + "?journal_mode=WAL");
                Statement statement = connection.createStatement()) {
            statement.execute("create table previous (n integer)");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return dataDir;
    }

    private static HikariDataSource pool(Path dataDir) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(BackupSite.url(dataDir));
        pool.setMaximumPoolSize(2);
        return pool;
    }

    private static Path copyOfBackup() throws IOException {
        Path copy = Files.createTempDirectory("masthead-backup-copy").resolve(backup.getFileName());
        FileSystemUtils.copyRecursively(backup, copy);
        return copy;
    }

    private static void rewriteManifest(Path copy, java.util.function.UnaryOperator<BackupManifest> change) {
        ManifestFile.write(copy, change.apply(ManifestFile.read(copy)));
    }

    private static BackupManifest withDatabaseChecksum(Path copy, BackupManifest m) {
        try {
            BackupManifest.FileEntry database = Checksums.of(copy.resolve("masthead.db"), "masthead.db");
            List<BackupManifest.FileEntry> files = new ArrayList<>(m.files());
            files.replaceAll(f -> f.path().equals("masthead.db") ? database : f);
            return new BackupManifest(m.format(), m.createdAt(), m.schemaVersion(), m.auditHead(), m.storage(), files);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file under {@code folder} with its SHA-256 (SQLite's shared-memory file by name only). */
    private static Map<String, String> contentsOf(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                String name = folder.relativize(file).toString();
                contents.put(
                        name,
                        Files.isRegularFile(file) ? Checksums.of(file, name).sha256() : "folder");
            }
        }
        return contents;
    }
}
