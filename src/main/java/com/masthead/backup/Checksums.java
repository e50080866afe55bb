package com.masthead.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, computed while they are copied so every byte is read once. Stateless. */
final class Checksums {

    private Checksums() {}

    /** Copies {@code in} into a new file {@code target} (its folders created) and returns the copy's entry. */
    static BackupManifest.FileEntry copy(InputStream in, Path target, String path) throws IOException {
        Files.createDirectories(target.getParent());
        MessageDigest digest = sha256();
        long size;
        try (InputStream digesting = new DigestInputStream(in, digest);
                OutputStream out = Files.newOutputStream(target)) {
            size = digesting.transferTo(out);
        }
        return new BackupManifest.FileEntry(path, size, HexFormat.of().formatHex(digest.digest()));
    }

    static BackupManifest.FileEntry of(Path file, String path) throws IOException {
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        return new BackupManifest.FileEntry(path, size, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
