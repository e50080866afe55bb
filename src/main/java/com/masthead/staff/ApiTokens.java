package com.masthead.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks API tokens. A token is {@code mh_} plus 40 random base-62 characters (about 238 bits), so a
 * plain SHA-256 at rest is enough: unlike passwords, such tokens cannot be guessed from a dictionary, and a fast
 * hash keeps every API call cheap. Thread-safe.
 */
@Service
public class ApiTokens {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int SECRET_LENGTH = 40;
    private static final long TOUCH_INTERVAL_MILLIS = 60_000;

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Long> lastTouched = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Creates a token with the given role and returns its only clear-text copy. */
    @Transactional
    public IssuedApiToken issue(String name, StaffRole role) {
        StringBuilder secret = new StringBuilder("mh_");
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String value = secret.toString();
        long id = tokens.insert(name, hash(value), value.substring(0, 8), role, clock.millis());
        return new IssuedApiToken(id, name, role, value);
    }

    /** The principal for a presented token, or empty when it is unknown, malformed or revoked. */
    public Optional<ApiPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith("mh_") || presented.length() != SECRET_LENGTH + 3) {
            return Optional.empty();
        }
        Optional<ApiPrincipal> principal = tokens.findActiveByHash(hash(presented));
        principal.ifPresent(p -> touchOccasionally(p.tokenId()));
        return principal;
    }

    public boolean anyActive() {
        return tokens.countActive() > 0;
    }

    // Recording every use would turn each API read into a database write; once a minute is enough for audit.
    private void touchOccasionally(long id) {
        long now = clock.millis();
        Long previous = lastTouched.get(id);
        if (previous == null || now - previous > TOUCH_INTERVAL_MILLIS) {
            lastTouched.put(id, now);
            tokens.touch(id, now);
        }
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
