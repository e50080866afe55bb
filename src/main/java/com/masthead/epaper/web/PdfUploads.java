package com.masthead.epaper.web;

import com.masthead.epaper.EpaperProperties;
import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Puts an uploaded PDF (a multipart file or a request body) into a temporary file for the intake, refusing one over
 * {@code masthead.epaper.max-file-size} as it arrives rather than after.
 */
@Component
class PdfUploads {

    private final long maxBytes;

    PdfUploads(EpaperProperties properties) {
        this.maxBytes = properties.maxFileSize().toBytes();
    }

    Path save(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("pdf", "epaper.pdf.missing");
        }
        try (InputStream in = file.getInputStream()) {
            return save(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path save(InputStream body) {
        try {
            Path temp = Files.createTempFile("masthead-intake-", ".pdf");
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = body.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new InvalidInputException("pdf", "epaper.pdf.too-large", total >> 20, maxBytes >> 20);
                    }
                    out.write(buffer, 0, n);
                }
                if (total == 0) {
                    throw new InvalidInputException("pdf", "epaper.pdf.missing");
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
