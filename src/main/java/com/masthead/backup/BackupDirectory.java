package com.masthead.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The backups in one directory: complete ones (a {@code masthead-backup-<time>} folder with a manifest), newest
 * first (their names sort by time), and pruning to the newest N. Partial folders of a running backup are neither
 * listed nor pruned.
 */
final class BackupDirectory {

    private final Path directory;

    BackupDirectory(Path directory) {
        this.directory = directory;
    }

    List<BackupListing> listing() {
        List<BackupListing> listing = new ArrayList<>();
        for (Path folder : newestFirst()) {
            try {
                listing.add(BackupListing.of(folder.getFileName().toString(), ManifestFile.read(folder)));
            } catch (BackupRefused e) {
                // a damaged manifest: not a backup to offer
            }
        }
        return listing;
    }

    /** Deletes every backup but the newest {@code keep}; returns the names deleted. */
    List<String> keepNewest(int keep) {
        List<Path> all = newestFirst();
        List<String> deleted = new ArrayList<>();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                FileTrees.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the old backup " + old, e);
            }
            deleted.add(old.getFileName().toString());
        }
        return deleted;
    }

    private List<Path> newestFirst() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(directory)) {
            return folders.filter(f -> f.getFileName().toString().startsWith(OnlineBackup.PREFIX))
                    .filter(ManifestFile::isBackup)
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
