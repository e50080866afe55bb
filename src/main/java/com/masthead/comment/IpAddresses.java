package com.masthead.comment;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IP literals as staff type them into a ban, in the canonical form {@code system.ClientAddress} produces. */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private IpAddresses() {}

    /** The canonical form of an IP literal, or null for anything else (never looks a name up). */
    static String normalize(String candidate) {
        if (candidate == null) {
            return null;
        }
        String literal = candidate.strip();
        boolean v4 = IPV4.matcher(literal).matches() && octetsInRange(literal);
        boolean v6 = !v4 && literal.contains(":") && IPV6.matcher(literal).matches();
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getHostAddress();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

    // Java resolves "999.1.1.1" as a host name; refuse it before it gets there.
    private static boolean octetsInRange(String ipv4) {
        for (String octet : ipv4.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
