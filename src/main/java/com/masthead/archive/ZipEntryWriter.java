package com.masthead.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an archive's entries one after the other, each through a SHA-256 digest and a byte count of its
 * uncompressed content. JSON lines are deflated at the fastest level (they shrink a lot even so); files, mostly
 * JPEG, WebP and PDF that do not shrink, are stored at level 0.
 */
final class ZipEntryWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private MessageDigest digest;
    private long count;

    ZipEntryWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    /** What was written into one entry. */
    record Written(long bytes, String sha256) {}

    /** Starts an entry; write into the stream returned (closing it does not close the archive), then {@link #end}. */
    OutputStream begin(String name, boolean compress) throws IOException {
        zip.setLevel(compress ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION);
        ZipEntry entry = new ZipEntry(name);
        // A fixed time, so that two exports of the same data differ only in the manifest.
        entry.setTime(0);
        zip.putNextEntry(entry);
        digest = sha256();
        count = 0;
        return new FilterOutputStream(new DigestOutputStream(zip, digest)) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                count++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                count += len;
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    Written end() throws IOException {
        zip.closeEntry();
        return new Written(count, HexFormat.of().formatHex(digest.digest()));
    }

    long bytesSoFar() {
        return count;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
