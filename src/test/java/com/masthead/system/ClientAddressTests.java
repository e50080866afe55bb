package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTests {

    private final ClientAddress defaults = new ClientAddress(proxies("127.0.0.1", "::1"));

    @Test
    void usesThePeerWhenItIsNotATrustedProxy() {
        assertThat(defaults.of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void believesForwardedForFromATrustedProxy() {
        assertThat(defaults.of(request("127.0.0.1", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(defaults.of(request("0:0:0:0:0:0:0:1", "198.51.100.2"))).isEqualTo("198.51.100.2");
    }

    @Test
    void readsTheHeaderFromTheRightSoAClientCannotChooseItsAddress() {
        // the client sent "X-Forwarded-For: 10.9.9.9"; the proxy appended the address it saw
        assertThat(defaults.of(request("127.0.0.1", "10.9.9.9, 198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void skipsTrustedProxiesInTheChain() {
        ClientAddress chain = new ClientAddress(proxies("127.0.0.1", "10.0.0.0/8"));

        assertThat(chain.of(request("127.0.0.1", "198.51.100.3, 10.1.2.3, 10.4.5.6")))
                .isEqualTo("198.51.100.3");
    }

    @Test
    void stopsAtAnEntryThatIsNoAddress() {
        assertThat(defaults.of(request("127.0.0.1", "198.51.100.3, evil.example.org")))
                .isEqualTo("127.0.0.1");
        assertThat(defaults.of(request("127.0.0.1", "<script>"))).isEqualTo("127.0.0.1");
    }

    @Test
    void understandsIpv6Blocks() {
        ClientAddress v6 = new ClientAddress(proxies("2001:db8::/32"));

        assertThat(v6.of(request("2001:db8:0:0:0:0:0:5", "2001:db8:ffff::1, 2400:cb00::7")))
                .isEqualTo("2400:cb00:0:0:0:0:0:7");
    }

    @Test
    void refusesAMisconfiguredTrustList() {
        assertThatThrownBy(() -> new ClientAddress(proxies("proxy.example.org")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(proxies("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/corrections/new");
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }

    @Test
    void trustedProxiesAreGivenToTomcatAsCidrBlocks() {
        assertThat(new ClientAddress(proxies("127.0.0.1", "::1", "10.0.0.0/8", "2001:db8::/32")).cidrList())
                .isEqualTo("127.0.0.1/32,0:0:0:0:0:0:0:1/128,10.0.0.0/8,2001:db8:0:0:0:0:0:0/32");
    }

    private static TrustedProxies proxies(String... entries) {
        return new TrustedProxies(List.of(entries));
    }
}
