package com.masthead.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The key per-client limits count by, from a client address as {@code system.ClientAddress} resolves it: an IPv4
 * address as it is, an IPv6 address as its /64 network ({@code 2001:db8:1:2::/64}). One subscriber usually holds a
 * whole /64, so counting single IPv6 addresses would let one client take 2^64 budgets. Every per-address limit
 * (comments, reports, ticket forms, the most-read beacon, login) keys by this. Never looks a name up.
 */
public final class ClientKey {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private ClientKey() {}

    /** The key for {@code address}; anything that is not an IPv6 literal is returned unchanged (null stays null). */
    public static String of(String address) {
        if (address == null || !address.contains(":")) {
            return address;
        }
        int zone = address.indexOf('%');
        String literal = zone < 0 ? address : address.substring(0, zone);
        if (!IPV6_LITERAL.matcher(literal).matches()) {
            return address;
        }
        try {
            // A text with a colon is only ever parsed as an IPv6 literal, never resolved.
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress(); // an IPv4-mapped address
            }
            StringBuilder key = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                int value = (bytes[group * 2] & 0xff) << 8 | (bytes[group * 2 + 1] & 0xff);
                key.append(Integer.toHexString(value)).append(':');
            }
            return key.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
