package com.masthead.media;

import com.masthead.system.MastheadProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * The media files on disk: {@code <data-dir>/media/<first two hex digits of the hash>/<hash>-<suffix>.<ext>}.
 * Files are content-addressed, so a file that exists is never rewritten, and each is written to a temporary file
 * in the same directory first and then renamed: readers see a whole file or none. Thread-safe.
 */
@Component
class ImageStore {

    private final Path root;

    ImageStore(MastheadProperties properties) {
        this.root = properties.dataDir().resolve("media");
    }

    /** Where a file lives; {@code hash} must be 64 lower-case hex digits (callers validate it). */
    Path path(String hash, ImageVariant variant, String extension) {
        return root.resolve(hash.substring(0, 2)).resolve(hash + "-" + variant.suffix() + "." + extension);
    }

    /** Writes the file unless it exists already. */
    void write(Path target, byte[] bytes) {
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temp, bytes);
                moveInPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write media file " + target, e);
        }
    }

    private static void moveInPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
