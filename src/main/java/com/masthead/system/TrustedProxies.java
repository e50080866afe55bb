package com.masthead.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code masthead.trusted-proxies}: addresses or CIDR blocks of the proxies whose {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are believed; default {@code 127.0.0.1,::1}.
 */
@ConfigurationProperties("masthead")
record TrustedProxies(List<String> trustedProxies) {

    TrustedProxies {
        trustedProxies = trustedProxies == null ? List.of("127.0.0.1", "::1") : List.copyOf(trustedProxies);
    }
}
