package com.masthead.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * An upload after cleaning: the bytes to store as the original (metadata stripped, orientation applied), their
 * SHA-256 in lower-case hex, what they are, and the encoded smaller variants.
 */
record ProcessedImage(
        String hash,
        byte[] original,
        String mediaType,
        String extension,
        int width,
        int height,
        Map<ImageVariant, byte[]> variants) {

    ProcessedImage {
        variants = Map.copyOf(variants);
    }

    static ProcessedImage of(
            byte[] original,
            String mediaType,
            String extension,
            int width,
            int height,
            Map<ImageVariant, byte[]> variants) {
        return new ProcessedImage(sha256(original), original, mediaType, extension, width, height, variants);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
