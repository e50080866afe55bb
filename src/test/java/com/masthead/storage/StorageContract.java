package com.masthead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/** What every {@link ObjectStore} does, run against the local directory and against an S3-compatible server. */
interface StorageContract {

    ObjectStore store();

    @Test
    default void anObjectPutIsReadBackWithItsSizeAndType() throws IOException {
        byte[] bytes = "a picture's bytes".getBytes(StandardCharsets.UTF_8);
        store().put("media/ab/one-o.png", bytes, "image/png");

        assertThat(store().exists("media/ab/one-o.png")).isTrue();
        assertThat(store().size("media/ab/one-o.png")).isEqualTo(bytes.length);
        assertThat(store().stat("media/ab/one-o.png")).contains(new ObjectInfo(bytes.length, "image/png"));
        assertThat(store().readAllBytes("media/ab/one-o.png")).isEqualTo(bytes);
    }

    @Test
    default void aMissingObjectIsAbsentAndCannotBeOpened() {
        assertThat(store().exists("media/zz/missing-o.jpg")).isFalse();
        assertThat(store().size("media/zz/missing-o.jpg")).isEqualTo(-1);
        assertThat(store().resource("media/zz/missing-o.jpg")).isEmpty();
        assertThatThrownBy(() -> store().open("media/zz/missing-o.jpg", 0)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    default void aLargeFileIsStreamedInAndOut() throws Exception {
        long length = 24L * 1024 * 1024;
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (InputStream generated = new DigestInputStream(new GeneratedBytes(length), written)) {
            store().put("epaper/cd/large.pdf", generated, length, "application/pdf");
        }

        MessageDigest read = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(store().open("epaper/cd/large.pdf", 0), read)) {
            assertThat(in.transferTo(OutputStreamSink.INSTANCE)).isEqualTo(length);
        }
        assertThat(HexFormat.of().formatHex(read.digest()))
                .isEqualTo(HexFormat.of().formatHex(written.digest()));
        assertThat(store().stat("epaper/cd/large.pdf")).contains(new ObjectInfo(length, "application/pdf"));
    }

    @Test
    default void aRangeIsReadFromItsFirstByte() throws IOException {
        store().put("epaper/ef/range.pdf", "0123456789".getBytes(StandardCharsets.US_ASCII), "application/pdf");

        try (InputStream in = store().open("epaper/ef/range.pdf", 6)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("6789");
        }
        Resource resource = store().resource("epaper/ef/range.pdf").orElseThrow();
        assertThat(resource.contentLength()).isEqualTo(10);
        try (InputStream in = resource.getInputStream()) {
            assertThat(in.skip(3)).isEqualTo(3);
            assertThat(new String(in.readNBytes(2), StandardCharsets.US_ASCII)).isEqualTo("34");
        }
    }

    @Test
    default void aDeletedObjectIsGoneAndListingFollowsThePrefix() {
        store().put("attachments/0123.pdf", new byte[] {1, 2, 3}, "application/pdf");
        store().put("attachments/4567.png", new byte[] {4}, "image/png");
        store().put("media/12/kept-o.jpg", new byte[] {5}, "image/jpeg");

        store().delete("attachments/4567.png");
        store().delete("attachments/never-there.png");

        assertThat(store().list("attachments/")).containsExactly("attachments/0123.pdf");
        assertThat(store().list("media/12/")).containsExactly("media/12/kept-o.jpg");
    }

    @Test
    default void aKeyCannotLeaveTheStore() {
        assertThatThrownBy(() -> store().put("../outside.txt", new byte[] {1}, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().stat("media/../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code length} pseudo-random bytes, made as they are read. */
    final class GeneratedBytes extends InputStream {
        private final Random random = new Random(42);
        private long left;

        GeneratedBytes(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] buffer, int from, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, from, n);
            left -= n;
            return n;
        }
    }

    /** Discards what is written. */
    final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
