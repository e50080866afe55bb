package com.masthead.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Copies the files of one store into another: every key under {@code media/}, {@code epaper/} and {@code
 * attachments/} (nothing else of the data directory: not the database, not the search index). A key the target
 * already holds with the same size is skipped, so a second run copies nothing and an interrupted run resumes.
 * Objects are streamed, never held in memory whole.
 */
final class StorageCopy {

    static final List<String> FOLDERS = List.of("media/", "epaper/", "attachments/");
    private static final int REPORT_EVERY = 100;

    private StorageCopy() {}

    /** What a run did. */
    record Summary(long copied, long skipped, long failed, long bytes) {}

    static Summary copy(ObjectStore source, ObjectStore target, Consumer<String> progress) {
        long copied = 0;
        long skipped = 0;
        long failed = 0;
        long bytes = 0;
        for (String folder : FOLDERS) {
            List<String> keys = source.list(folder).sorted().toList();
            progress.accept(folder + ": " + keys.size() + " files");
            for (String key : keys) {
                try {
                    ObjectInfo info = source.stat(key).orElse(null);
                    if (info == null || target.size(key) == info.size()) {
                        skipped++;
                    } else {
                        try (InputStream in = source.open(key, 0)) {
                            target.put(key, in, info.size(), info.contentType());
                        }
                        copied++;
                        bytes += info.size();
                    }
                } catch (IOException | RuntimeException e) {
                    failed++;
                    progress.accept("FAILED " + key + ": " + e.getMessage());
                }
                long done = copied + skipped + failed;
                if (done % REPORT_EVERY == 0) {
                    progress.accept(done + " files checked: " + copied + " copied, " + skipped + " already there, "
                            + failed + " failed");
                }
            }
        }
        return new Summary(copied, skipped, failed, bytes);
    }
}
