package com.masthead.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Keys of shared counters (rate-limit buckets, login failures) made from what clients send, bounded in length:
 * a key of at most {@value #LONGEST} characters is kept as it is, a longer one becomes {@code sha256:} and its
 * SHA-256 (43 characters, URL-safe Base64), so a 10 KB login name costs a 50-character key.
 */
public final class BoundedKey {

    public static final int LONGEST = 100;

    private BoundedKey() {}

    public static String of(String key) {
        if (key.length() <= LONGEST) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
