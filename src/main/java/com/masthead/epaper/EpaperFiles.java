package com.masthead.epaper;

import com.masthead.system.MastheadProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The digital edition's files on disk: {@code <data-dir>/epaper/<first two hex digits>/<sha256>.pdf} for page and
 * issue PDFs and {@code <sha256>-w<width>.jpg} for the page images rendered from a page PDF. Content-addressed:
 * a file that exists is never rewritten, and each is written to a temporary file first and then renamed, so
 * readers see a whole file or none. Public URLs of images are {@code /epaper/files/<sha256>-w<width>.jpg}
 * (immutable); PDFs are served at addresses built from the date and page (see the site). Thread-safe.
 */
@Component
public class EpaperFiles {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    EpaperFiles(MastheadProperties properties) {
        this.root = properties.dataDir().resolve("epaper");
    }

    /** The PDF with this hash, if stored. */
    public Optional<Path> pdf(String hash) {
        return existing(hash, hash + ".pdf");
    }

    /** The page image rendered from the PDF with this hash at this width, if stored. */
    public Optional<Path> image(String hash, int width) {
        return existing(hash, hash + "-w" + width + ".jpg");
    }

    /** The public, immutable URL of a page image. */
    public static String imageUrl(String hash, int width) {
        return "/epaper/files/" + hash + "-w" + width + ".jpg";
    }

    Path pdfPath(String hash) {
        return dir(hash).resolve(hash + ".pdf");
    }

    Path imagePath(String hash, int width) {
        return dir(hash).resolve(hash + "-w" + width + ".jpg");
    }

    /** Writes the file unless it exists already. */
    void write(Path target, byte[] bytes) {
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".epaper-", ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write epaper file " + target, e);
        }
    }

    /** Copies a file in unless the target exists; for large PDFs, which should not pass through the heap. */
    void copy(Path source, Path target) {
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".epaper-", ".tmp");
            try {
                Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write epaper file " + target, e);
        }
    }

    private Optional<Path> existing(String hash, String name) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        Path path = dir(hash).resolve(name);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path dir(String hash) {
        return root.resolve(hash.substring(0, 2));
    }
}
