package com.masthead.comment;

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
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((address + "\n" + userAgent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The key rate limits count by: the address for IPv4, its /64 network for IPv6 (one subscriber usually holds a
     * whole /64, so counting single IPv6 addresses would be trivial to dodge).
     */
    public String limitKey() {
        if (!address.contains(":")) {
            return address;
        }
        String[] groups = expand(address).split(":");
        return String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    private static String expand(String ipv6) {
        String[] halves = ipv6.split("::", -1);
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length > 1 && !halves[1].isEmpty() ? halves[1].split(":") : new String[0];
        String[] all = new String[8];
        java.util.Arrays.fill(all, "0");
        System.arraycopy(head, 0, all, 0, Math.min(head.length, 8));
        int from = 8 - tail.length;
        for (int i = 0; i < tail.length && from + i < 8; i++) {
            all[from + i] = tail[i];
        }
        return String.join(":", all);
    }
}
