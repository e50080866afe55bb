package com.masthead.wordpress;

import com.masthead.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip of the uploads directory into a temporary directory, refusing entries that would land outside it
 * (zip slip), more than {@code max-uploads-entries} files and more than {@code max-uploads-size} bytes unpacked
 * (counted as they are written, not trusted from the zip's headers).
 */
final class UploadsZip {

    private UploadsZip() {}

    static Path unpack(Path zip, WordPressProperties properties) throws IOException {
        Path dir = Files.createTempDirectory("masthead-wxr-uploads-");
        long budget = properties.maxUploadsSize().toBytes();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (++entries > properties.maxUploadsEntries()) {
                    throw new InvalidInputException(
                            "uploads", "wordpress.uploads.too-many", properties.maxUploadsEntries());
                }
                // the zip may hold wp-content/uploads/2024/05/a.png or 2024/05/a.png: keep the path after uploads/
                String name = entry.getName().replace('\\', '/');
                int at = name.indexOf("uploads/");
                Path target = dir.resolve(at >= 0 ? name.substring(at + "uploads/".length()) : name)
                        .normalize();
                if (!target.startsWith(dir)) {
                    throw new InvalidInputException("uploads", "wordpress.uploads.outside");
                }
                Files.createDirectories(target.getParent());
                budget -= copy(in, target, budget, properties.maxUploadsSize().toMegabytes());
            }
            if (entries == 0) {
                // what is not a zip reads as a zip without entries
                throw new InvalidInputException("uploads", "wordpress.uploads.not-zip");
            }
        } catch (IOException | RuntimeException e) {
            delete(dir);
            if (e instanceof java.util.zip.ZipException) {
                throw new InvalidInputException("uploads", "wordpress.uploads.not-zip");
            }
            throw e;
        }
        return dir;
    }

    private static long copy(InputStream in, Path target, long budget, long maxMegabytes) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > budget) {
                    throw new InvalidInputException("uploads", "wordpress.uploads.too-large", maxMegabytes);
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
