package com.masthead.backup;

import com.masthead.audit.ChainVerification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Puts a backup in place of a data directory, or refuses ({@link BackupRefused}) with nothing changed. In order:
 * the manifest is read; a backup of a newer schema than this build knows, missing files and a running instance
 * holding the database are refused; every file is copied into a sibling folder {@code <data-dir>.restoring-<time>}
 * and its SHA-256 compared while it is copied; the audit chain of the copied database is walked and must end at
 * the head the manifest names. Only then is the data directory renamed to {@code <data-dir>.before-restore-<time>}
 * (kept until the operator deletes it) and the restored folder renamed into its place; should the second rename
 * fail, the first is undone. What is not in a backup (the search index) is rebuilt on the next start.
 */
final class Restore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    Restore(Clock clock) {
        this.clock = clock;
    }

    /**
     * Where the restore goes: the data directory, and the name of the SQLite file inside it.
     *
     * @param databaseName the database's file name in {@code dataDir} ({@code masthead.db})
     */
    record Target(Path dataDir, String databaseName) {

        Path database() {
            return dataDir.resolve(databaseName);
        }
    }

    /** A finished restore: where the replaced data now is (null when there was none). */
    record Done(BackupManifest manifest, Path previousData) {}

    Done restore(Path backup, Target target, BackupProgress progress) {
        BackupManifest manifest = ManifestFile.read(backup);
        refuseUnreadable(manifest);
        refuseMissing(backup, manifest);
        refuseWhileHeld(target);
        String stamp = STAMP.format(clock.instant());
        Path dataDir = target.dataDir().toAbsolutePath().normalize();
        Path staging = dataDir.resolveSibling(dataDir.getFileName() + ".restoring-" + stamp);
        try {
            try {
                copyVerified(backup, manifest, staging, target.databaseName(), progress);
                verifyDatabase(manifest, staging.resolve(target.databaseName()), progress);
                refuseWhileHeld(target);
                Path previous = swap(dataDir, staging, stamp);
                progress.line("restored " + manifest.files().size() + " files of the backup of "
                        + manifest.createdAt() + " into " + dataDir
                        + (previous == null ? "" : "; the replaced data is in " + previous));
                return new Done(manifest, previous);
            } finally {
                FileTrees.deleteIfExists(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("restore failed, nothing was changed: " + e.getMessage(), e);
        }
    }

    private static void refuseUnreadable(BackupManifest manifest) {
        if (manifest.format() > BackupManifest.FORMAT) {
            throw new BackupRefused("the backup's layout version " + manifest.format() + " is newer than this"
                    + " version of Masthead reads (" + BackupManifest.FORMAT + "); restore it with a newer Masthead");
        }
        String known = SchemaHistoryRepository.newestKnownVersion();
        if (SchemaHistoryRepository.isNewer(manifest.schemaVersion(), known)) {
            throw new BackupRefused("the backup comes from a newer schema version (" + manifest.schemaVersion()
                    + ") than this version of Masthead knows (" + known + "); restore it with the version that"
                    + " made it, or a later one");
        }
        if (manifest.files().stream().noneMatch(f -> f.path().equals(BackupManifest.DATABASE))) {
            throw new BackupRefused("the manifest lists no " + BackupManifest.DATABASE);
        }
    }

    private static void refuseMissing(Path backup, BackupManifest manifest) {
        List<String> missing = manifest.files().stream()
                .filter(f -> !Files.isRegularFile(inside(backup, f.path())))
                .map(BackupManifest.FileEntry::path)
                .toList();
        if (!missing.isEmpty()) {
            throw new BackupRefused(missing.size() + " files of the manifest are missing from " + backup + ": "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? ", …" : ""));
        }
    }

    private static void refuseWhileHeld(Target target) {
        if (SqliteLockProbe.isHeld(target.database())) {
            throw new BackupRefused("the database " + target.database() + " is open in a running Masthead (or"
                    + " another program): stop every instance that uses it, then restore");
        }
    }

    private static void copyVerified(
            Path backup, BackupManifest manifest, Path staging, String databaseName, BackupProgress progress)
            throws IOException {
        Files.createDirectories(staging);
        progress.line("copying and checking " + manifest.files().size() + " files (" + manifest.totalBytes()
                + " bytes) into " + staging);
        int done = 0;
        for (BackupManifest.FileEntry expected : manifest.files()) {
            String targetPath = expected.path().equals(BackupManifest.DATABASE) ? databaseName : expected.path();
            BackupManifest.FileEntry copied;
            try (InputStream in = Files.newInputStream(inside(backup, expected.path()))) {
                copied = Checksums.copy(in, inside(staging, targetPath), expected.path());
            }
            if (copied.size() != expected.size() || !copied.sha256().equals(expected.sha256())) {
                throw new BackupRefused("checksum mismatch: " + expected.path() + " should have " + expected.size()
                        + " bytes with SHA-256 " + expected.sha256() + " but has " + copied.size() + " bytes with "
                        + copied.sha256() + "; the backup is damaged, nothing was changed");
            }
            if (++done % 1000 == 0) {
                progress.line(done + " of " + manifest.files().size() + " files checked");
            }
        }
        progress.line("every checksum matches");
    }

    private static void verifyDatabase(BackupManifest manifest, Path database, BackupProgress progress) {
        BackupFile.Facts facts = BackupFile.read(database);
        ChainVerification chain = facts.auditChain();
        if (!chain.ok()) {
            throw new BackupRefused("the backup's " + chain.describe() + "; nothing was changed");
        }
        if (chain.lastSeq() != manifest.auditHead().seq()
                || !chain.lastHash().equals(manifest.auditHead().hash())) {
            throw new BackupRefused("the backup's audit chain ends at seq=" + chain.lastSeq() + " but its manifest"
                    + " names seq=" + manifest.auditHead().seq() + "; nothing was changed");
        }
        if (!facts.schemaVersion().equals(manifest.schemaVersion())) {
            throw new BackupRefused("the backup's database has schema version " + facts.schemaVersion()
                    + " but its manifest names " + manifest.schemaVersion() + "; nothing was changed");
        }
        progress.line(chain.describe());
    }

    private static Path swap(Path dataDir, Path staging, String stamp) throws IOException {
        if (!Files.exists(dataDir)) {
            Files.move(staging, dataDir);
            return null;
        }
        Path previous = dataDir.resolveSibling(dataDir.getFileName() + ".before-restore-" + stamp);
        Files.move(dataDir, previous);
        try {
            Files.move(staging, dataDir);
        } catch (IOException e) {
            Files.move(previous, dataDir);
            throw e;
        }
        return previous;
    }

    /** A manifest path inside {@code root}; a path that would leave it is refused. */
    private static Path inside(Path root, String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root.normalize()) || path.contains("\\")) {
            throw new BackupRefused("the manifest names a path outside the backup: " + path);
        }
        return resolved;
    }
}
