package com.masthead.wordpress.web;

import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;

/** Puts an uploaded file into a temporary file, refusing it over its limit as it arrives rather than after. */
final class ImportUploads {

    private ImportUploads() {}

    /** The temporary copy; null for an absent optional file. */
    static Path save(MultipartFile file, String field, boolean required, long maxBytes) {
        if (file == null || file.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "wordpress." + field + ".missing");
            }
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            Path temp = Files.createTempFile("masthead-wxr-", ".upload");
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new InvalidInputException(field, "wordpress." + field + ".too-large", maxBytes >> 20);
                    }
                    out.write(buffer, 0, n);
                }
                return temp;
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
