package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeyTests {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientKey.of("203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void everyAddressOfOneIpv6SlashSixtyFourSharesOneKeyInWhateverFormItIsWritten() {
        assertThat(ClientKey.of("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientKey.of("2001:db8:1:2::9")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientKey.of("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientKey.of("2001:db8:1:2:0:0:0:1%eth0")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientKey.of("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
        assertThat(ClientKey.of("::1")).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4MappedAddressIsKeyedAsIpv4AndAnythingElseIsLeftAlone() {
        assertThat(ClientKey.of("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ClientKey.of("not:an:address")).isEqualTo("not:an:address");
        assertThat(ClientKey.of("example.org")).isEqualTo("example.org");
        assertThat(ClientKey.of(null)).isNull();
    }
}
