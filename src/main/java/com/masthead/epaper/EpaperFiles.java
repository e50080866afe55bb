package com.masthead.epaper;

import com.masthead.storage.ObjectStore;
import com.masthead.storage.PublicFiles;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The digital edition's files in the {@link ObjectStore}: {@code epaper/<first two hex digits>/<sha256>.pdf} for
 * page and issue PDFs and {@code <sha256>-w<width>.jpg} for the page images rendered from a page PDF (on the local
 * store: under {@code <data-dir>/epaper}, as always). Content-addressed: a file that exists is never rewritten,
 * and the store writes each whole or not at all. Public URLs of images are {@code
 * /epaper/files/<sha256>-w<width>.jpg} (immutable); PDFs are served at addresses built from the date and page (see
 * the site). Thread-safe.
 */
@Component
public class EpaperFiles {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final ObjectStore store;
    private final PublicFiles publicFiles;

    EpaperFiles(ObjectStore store, PublicFiles publicFiles) {
        this.store = store;
        this.publicFiles = publicFiles;
    }

    /** The PDF with this hash, if stored, streamed from the store (byte ranges too). */
    public Optional<Resource> pdf(String hash) {
        return valid(hash) ? store.resource(pdfKey(hash)) : Optional.empty();
    }

    /** The page image rendered from the PDF with this hash at this width, if stored. */
    public Optional<Resource> image(String hash, int width) {
        return valid(hash) ? store.resource(imageKey(hash, width)) : Optional.empty();
    }

    /** Whether that page image is stored. */
    public boolean hasImage(String hash, int width) {
        return valid(hash) && store.exists(imageKey(hash, width));
    }

    /** Where a page image can be fetched without this application ({@code masthead.storage.public-base-url}). */
    public Optional<URI> publicImageUrl(String hash, int width) {
        return valid(hash) ? publicFiles.url(imageKey(hash, width)) : Optional.empty();
    }

    /** The public, immutable URL of a page image. */
    public static String imageUrl(String hash, int width) {
        return "/epaper/files/" + hash + "-w" + width + ".jpg";
    }

    static String pdfKey(String hash) {
        return "epaper/" + hash.substring(0, 2) + "/" + hash + ".pdf";
    }

    static String imageKey(String hash, int width) {
        return "epaper/" + hash.substring(0, 2) + "/" + hash + "-w" + width + ".jpg";
    }

    /** Writes the file unless it exists already. */
    void write(String key, byte[] bytes) {
        if (!store.exists(key)) {
            store.put(key, bytes, contentType(key));
        }
    }

    /** Copies a file in unless the target exists; streamed, for large PDFs, which should not pass through the heap. */
    void copy(Path source, String key) {
        if (!store.exists(key)) {
            store.put(key, source, contentType(key));
        }
    }

    private static String contentType(String key) {
        return key.endsWith(".pdf") ? "application/pdf" : "image/jpeg";
    }

    private static boolean valid(String hash) {
        return hash != null && HASH.matcher(hash).matches();
    }
}
