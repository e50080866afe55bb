package com.masthead.media;

import com.masthead.storage.ObjectStore;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The media files in the {@link ObjectStore}, under the keys {@code media/<first two hex digits of the
 * hash>/<hash>-<suffix>.<ext>} (on the local store: {@code <data-dir>/media/...}, as always). Files are
 * content-addressed, so a file that exists is never rewritten; the store writes each whole or not at all.
 * Thread-safe.
 */
@Component
class ImageStore {

    static final Map<String, String> CONTENT_TYPES =
            Map.of("jpg", "image/jpeg", "png", "image/png", "gif", "image/gif");

    private final ObjectStore store;

    ImageStore(ObjectStore store) {
        this.store = store;
    }

    /** Where a file lives; {@code hash} must be 64 lower-case hex digits (callers validate it). */
    static String key(String hash, ImageVariant variant, String extension) {
        return "media/" + hash.substring(0, 2) + "/" + hash + "-" + variant.suffix() + "." + extension;
    }

    boolean exists(String key) {
        return store.exists(key);
    }

    byte[] read(String key) {
        try {
            return store.readAllBytes(key);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read media file " + key, e);
        }
    }

    /** Writes the file unless it exists already. */
    void write(String key, byte[] bytes) {
        if (store.exists(key)) {
            return;
        }
        store.put(key, bytes, CONTENT_TYPES.get(key.substring(key.lastIndexOf('.') + 1)));
    }
}
