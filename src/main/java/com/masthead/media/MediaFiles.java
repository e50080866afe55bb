package com.masthead.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.masthead.storage.ObjectStore;
import com.masthead.storage.PublicFiles;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Resolves the public file names of {@link Image#url(ImageVariant)} to stored files. A name is accepted only in
 * the exact form {@code <64 lower-case hex>-<suffix>.<jpg|png|gif>}, so no name can reach outside the media
 * files. A variant whose file is missing (deleted, or from an older set of sizes) is generated from the stored
 * original on first request, once per instance: concurrent requests for the same file wait for that one
 * generation. Files never change once stored, so that a file exists is remembered (an object store is asked once).
 * Reads no database. Thread-safe.
 */
@Service
public class MediaFiles {

    private static final Logger log = LoggerFactory.getLogger(MediaFiles.class);
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})-([otca])\\.(jpg|png|gif)");
    // Variant extension -> possible original extensions (WebP uploads are stored as JPEG or PNG).
    private static final Map<String, List<String>> ORIGINALS_OF =
            Map.of("jpg", List.of("jpg"), "png", List.of("png", "gif"));

    private final ImageStore store;
    private final ObjectStore objects;
    private final PublicFiles publicFiles;
    private final ImageEncoder encoder;
    // One lock object per file being generated; weak values let unused locks be collected.
    private final LoadingCache<String, Object> locks =
            Caffeine.newBuilder().weakValues().build(key -> new Object());
    private final Cache<String, Boolean> stored =
            Caffeine.newBuilder().maximumSize(50_000).build();

    MediaFiles(ImageStore store, ObjectStore objects, PublicFiles publicFiles, ImageEncoder encoder) {
        this.store = store;
        this.objects = objects;
        this.publicFiles = publicFiles;
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
        String key = ImageStore.key(hash, variant, extension);
        MediaFile file = new MediaFile(key, ImageStore.CONTENT_TYPES.get(extension), hash + "-" + variant.suffix());
        if (isStored(key)) {
            return Optional.of(file);
        }
        if (variant == ImageVariant.ORIGINAL) {
            return Optional.empty();
        }
        return generate(hash, variant, extension, key) ? Optional.of(file) : Optional.empty();
    }

    /** The file's bytes, streamed from the store; empty if it vanished since it was resolved. */
    public Optional<Resource> content(MediaFile file) {
        return objects.resource(file.key());
    }

    /** Where the file can be fetched without this application ({@code masthead.storage.public-base-url}). */
    public Optional<URI> publicUrl(MediaFile file) {
        return publicFiles.url(file.key());
    }

    private boolean isStored(String key) {
        if (stored.getIfPresent(key) != null) {
            return true;
        }
        boolean exists = store.exists(key);
        if (exists) {
            stored.put(key, Boolean.TRUE);
        }
        return exists;
    }

    private boolean generate(String hash, ImageVariant variant, String extension, String key) {
        synchronized (locks.get(key)) {
            if (isStored(key)) {
                return true; // another request generated it while this one waited
            }
            for (String originalExtension : ORIGINALS_OF.get(extension)) {
                String original = ImageStore.key(hash, ImageVariant.ORIGINAL, originalExtension);
                if (variant.extensionFor(originalExtension).equals(extension) && isStored(original)) {
                    store.write(
                            key,
                            encoder.variantFromOriginal(store.read(original), original, originalExtension, variant));
                    stored.put(key, Boolean.TRUE);
                    log.info("generated missing media file {}", key);
                    return true;
                }
            }
            return false;
        }
    }
}
