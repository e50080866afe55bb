package com.masthead.media;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Resolves the public file names of {@link Image#url(ImageVariant)} to files on disk. A name is accepted only in
 * the exact form {@code <64 lower-case hex>-<suffix>.<jpg|png|gif>}, so no name can reach outside the media
 * directory. A variant whose file is missing (deleted, or from an older set of sizes) is generated from the
 * stored original on first request, once: concurrent requests for the same file wait for that one generation.
 * Reads no database. Thread-safe.
 */
@Service
public class MediaFiles {

    private static final Logger log = LoggerFactory.getLogger(MediaFiles.class);
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})-([otca])\\.(jpg|png|gif)");
    private static final Map<String, String> CONTENT_TYPES =
            Map.of("jpg", "image/jpeg", "png", "image/png", "gif", "image/gif");
    // Variant extension -> possible original extensions (WebP uploads are stored as JPEG or PNG).
    private static final Map<String, List<String>> ORIGINALS_OF =
            Map.of("jpg", List.of("jpg"), "png", List.of("png", "gif"));

    private final ImageStore store;
    private final ImageEncoder encoder;
    // One lock object per file being generated; weak values let unused locks be collected.
    private final LoadingCache<Path, Object> locks =
            Caffeine.newBuilder().weakValues().build(path -> new Object());

    MediaFiles(ImageStore store, ImageEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    /** The file for a public name, or empty when the name is malformed or neither file nor original exists. */
    public Optional<MediaFile> resolve(String name) {
        Matcher m = name == null ? null : NAME.matcher(name);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String hash = m.group(1);
        ImageVariant variant = ImageVariant.bySuffix(m.group(2));
        String extension = m.group(3);
        Path path = store.path(hash, variant, extension);
        MediaFile file = new MediaFile(path, CONTENT_TYPES.get(extension), hash + "-" + variant.suffix());
        if (Files.isRegularFile(path)) {
            return Optional.of(file);
        }
        if (variant == ImageVariant.ORIGINAL) {
            return Optional.empty();
        }
        return generate(hash, variant, extension, path) ? Optional.of(file) : Optional.empty();
    }

    private boolean generate(String hash, ImageVariant variant, String extension, Path path) {
        synchronized (locks.get(path)) {
            if (Files.isRegularFile(path)) {
                return true; // another request generated it while this one waited
            }
            for (String originalExtension : ORIGINALS_OF.get(extension)) {
                Path original = store.path(hash, ImageVariant.ORIGINAL, originalExtension);
                if (Files.isRegularFile(original)
                        && variant.extensionFor(originalExtension).equals(extension)) {
                    store.write(path, encoder.variantFromOriginal(original, originalExtension, variant));
                    log.info("generated missing media file {}", path.getFileName());
                    return true;
                }
            }
            return false;
        }
    }
}
