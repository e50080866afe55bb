package com.masthead.comment;

import com.masthead.shared.ClientKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The reader behind a request, as far as limits and bans need to know: the client address (resolved through
 * trusted proxies by {@code system.ClientAddress}) and the User-Agent. The fingerprint is the SHA-256 of
 * address and User-Agent: it tells apart browsers behind one shared address (an office, a campus) without a cookie,
 * and changes when either changes. Neither value is ever shown to readers.
 */
public record Client(String address, String userAgent) {

    private static final int MAX_USER_AGENT = 400;

    public Client {
        Objects.requireNonNull(address, "address");
        userAgent = userAgent == null
                ? ""
                : userAgent.length() > MAX_USER_AGENT ? userAgent.substring(0, MAX_USER_AGENT) : userAgent;
    }

    public String fingerprint() {
        return sha256(address + "\n" + userAgent);
    }

    /**
     * The key rate limits count by: the address for IPv4, its /64 network for IPv6 ({@link ClientKey}).
     */
    public String limitKey() {
        return ClientKey.of(address);
    }

    /**
     * Who a report is from, as stored: the SHA-256 of {@link #limitKey}, so that distinct reporters are distinct
     * networks, not distinct browsers (a new User-Agent is free).
     */
    String reporterKey() {
        return sha256(limitKey());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
