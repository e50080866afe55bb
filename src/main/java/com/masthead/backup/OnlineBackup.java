package com.masthead.backup;

import com.masthead.storage.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes one backup in a new folder {@code <directory>/masthead-backup-<UTC time>}: the database first (one
 * consistent snapshot, {@link SqliteSnapshot}), then the files of the local store under their keys ({@code media/},
 * {@code epaper/}, {@code attachments/}), then {@code manifest.json}. Everything is written into a hidden
 * {@code .…partial} folder that is renamed when complete, so a folder with a manifest is always a whole backup; a
 * failure removes the partial folder. Files are content-addressed or written once, so copying them after the
 * database snapshot gives every file the snapshot names, except one deleted meanwhile (the attachment of a request
 * refused during the backup), which is left out with a progress line. Thread-safe; backups of the same second get
 * a suffix.
 */
final class OnlineBackup {

    static final String PREFIX = "masthead-backup-";
    static final List<String> FOLDERS = List.of("media/", "epaper/", "attachments/");
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int REPORT_EVERY = 1000;

    private final Clock clock;

    OnlineBackup(Clock clock) {
        this.clock = clock;
    }

    /** A finished backup: its folder and manifest. */
    record Made(Path folder, BackupManifest manifest) {}

    Made create(BackupSource source, Path directory, BackupProgress progress) {
        try {
            Files.createDirectories(directory);
            Path folder = freeName(directory);
            Path partial = directory.resolve("." + folder.getFileName() + ".partial");
            Files.createDirectory(partial);
            try {
                BackupManifest manifest = fill(source, partial, progress);
                Files.move(partial, folder);
                return new Made(folder, manifest);
            } finally {
                FileTrees.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("backup failed: " + e.getMessage(), e);
        }
    }

    private BackupManifest fill(BackupSource source, Path partial, BackupProgress progress) throws IOException {
        Instant startedAt = clock.instant();
        Path database = partial.resolve(BackupManifest.DATABASE);
        progress.line("database: copying with SQLite's online backup");
        try (Connection connection = source.database().open()) {
            SqliteSnapshot.copy(connection, database, progress);
        } catch (SQLException e) {
            throw new IOException("cannot copy the database: " + e.getMessage(), e);
        }
        List<BackupManifest.FileEntry> files = new ArrayList<>();
        files.add(Checksums.of(database, BackupManifest.DATABASE));
        BackupFile.Facts facts = BackupFile.read(database);
        progress.line("database: " + files.get(0).size() + " bytes, schema version " + facts.schemaVersion() + ", "
                + facts.auditChain().describe());
        if (source.files() == null) {
            progress.line("files: kept in the " + source.storage() + " store, which is their durable copy; this"
                    + " backup holds the database only");
        } else {
            for (String folder : FOLDERS) {
                copyFolder(source.files(), folder, partial, files, progress);
            }
        }
        BackupManifest manifest = new BackupManifest(
                BackupManifest.FORMAT,
                startedAt,
                facts.schemaVersion(),
                new BackupManifest.AuditHead(
                        facts.auditChain().lastSeq(),
                        facts.auditChain().lastHash(),
                        facts.auditChain().ok()),
                source.storage(),
                List.copyOf(files));
        ManifestFile.write(partial, manifest);
        return manifest;
    }

    private static void copyFolder(
            ObjectStore store,
            String folder,
            Path partial,
            List<BackupManifest.FileEntry> files,
            BackupProgress progress)
            throws IOException {
        List<String> keys = store.list(folder).sorted().toList();
        progress.line(folder + ": " + keys.size() + " files");
        int done = 0;
        for (String key : keys) {
            progress.advanced(folder.substring(0, folder.length() - 1), done, keys.size());
            try (InputStream in = store.open(key, 0)) {
                files.add(Checksums.copy(in, partial.resolve(key), key));
            } catch (NoSuchFileException e) {
                progress.line(folder + ": " + key + " was deleted during the backup; left out");
            }
            if (++done % REPORT_EVERY == 0) {
                progress.line(folder + ": " + done + " of " + keys.size() + " files copied");
            }
        }
    }

    private Path freeName(Path directory) {
        String base = PREFIX + NAME.format(clock.instant());
        Path folder = directory.resolve(base);
        for (int n = 1;
                Files.exists(folder) || Files.exists(directory.resolve("." + folder.getFileName() + ".partial"));
                n++) {
            folder = directory.resolve(base + "-" + n);
        }
        return folder;
    }
}
