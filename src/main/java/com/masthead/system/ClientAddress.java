package com.masthead.system;

import com.masthead.shared.ClientKey;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The address of the client a request comes from, for rate limits and abuse logs. {@code X-Forwarded-For} is
 * believed only when the direct peer is a trusted proxy ({@code masthead.trusted-proxies}: addresses or CIDR
 * blocks, default {@code 127.0.0.1,::1}); the header is then read from the right, skipping further trusted
 * proxies, so a client cannot choose its own address by sending the header itself. Entries that are not IP
 * literals end the walk (no name is ever looked up). Thread-safe.
 */
@Component
public class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final List<Block> trusted;

    ClientAddress(TrustedProxies proxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : proxies.trustedProxies()) {
            if (!entry.isBlank()) {
                blocks.add(Block.parse(entry.strip()));
            }
        }
        this.trusted = List.copyOf(blocks);
    }

    /** The client's address in canonical form (IPv6 fully expanded by the JDK); never null. */
    public String of(HttpServletRequest request) {
        InetAddress peer = literal(request.getRemoteAddr());
        if (peer == null) {
            return String.valueOf(request.getRemoteAddr());
        }
        InetAddress client = peer;
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && isTrusted(peer)) {
            String[] hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                InetAddress hop = literal(hops[i].strip());
                if (hop == null) {
                    break;
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return client.getHostAddress();
    }

    /**
     * The key per-client limits count the request by: {@link #of} reduced by {@link ClientKey} (IPv4 as it is, IPv6
     * as its /64). Every per-address limit keys by this, so that one IPv6 subscriber is one client.
     */
    public String keyOf(HttpServletRequest request) {
        return ClientKey.of(of(request));
    }

    /**
     * The trusted proxies as a CIDR list ({@code 127.0.0.1/32,0:0:0:0:0:0:0:1/128}), the form Tomcat's
     * {@code RemoteIpValve} reads as blocks rather than as a regular expression.
     */
    public String cidrList() {
        return String.join(",", trusted.stream().map(Block::cidr).toList());
    }

    boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(block -> block.contains(address));
    }

    static InetAddress literal(String text) {
        if (text == null || !IP_LITERAL.matcher(text).matches() || (!text.contains(":") && !text.contains("."))) {
            return null;
        }
        try {
            // only IP literals get here, so this parses and never resolves a name
            return InetAddress.getByName(text);
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /** An address block: an address and how many leading bits must match. */
    private record Block(byte[] network, int prefix) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            InetAddress address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("masthead.trusted-proxies: not an IP address or block: " + entry);
            }
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("masthead.trusted-proxies: bad prefix length: " + entry);
            }
            return new Block(address.getAddress(), prefix);
        }

        String cidr() {
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e); // a 4- or 16-byte address always converts
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
