package com.masthead.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.masthead.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class UploadsZipTests {

    private static Path zip(Path dir, String entry, byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes);
            zip.closeEntry();
        }
        return Files.write(dir.resolve("u.zip"), out.toByteArray());
    }

    private static WordPressProperties limits(long bytes) {
        return new WordPressProperties(null, 0, 0, DataSize.ofBytes(bytes), 10, null, null, null, null);
    }

    @Test
    void unpacksThePathsUnderUploads(@TempDir Path dir) throws IOException {
        Path unpacked = UploadsZip.unpack(zip(dir, "wp-content/uploads/2024/05/a.png", new byte[] {1}), limits(100));
        try {
            assertThat(unpacked.resolve("2024/05/a.png")).hasBinaryContent(new byte[] {1});
        } finally {
            UploadsZip.delete(unpacked);
        }
    }

    @Test
    void refusesZipSlipAndZipBombsAndWhatIsNotAZip(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> UploadsZip.unpack(zip(dir, "../../evil.sh", new byte[] {1}), limits(100)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("wordpress.uploads.outside"));
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
        // 100 kB of zeros compress to almost nothing: counted as written, not as declared
        assertThatThrownBy(() -> UploadsZip.unpack(zip(dir, "a.bin", new byte[100_000]), limits(10_000)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("wordpress.uploads.too-large"));
        Path notZip = Files.writeString(dir.resolve("x.zip"), "not a zip at all");
        assertThatThrownBy(() -> UploadsZip.unpack(notZip, limits(100)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("wordpress.uploads.not-zip"));
    }
}
