package com.masthead.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long API tokens live ({@code masthead.api-tokens.*}).
 *
 * @param defaultValidity how long a token lives when its issuer gives no expiry (default 90 days)
 * @param maxValidity the longest expiry an issuer may give (default 366 days)
 */
@ConfigurationProperties("masthead.api-tokens")
public record ApiTokenProperties(Duration defaultValidity, Duration maxValidity) {

    public ApiTokenProperties {
        defaultValidity = defaultValidity == null || defaultValidity.isNegative() || defaultValidity.isZero()
                ? Duration.ofDays(90)
                : defaultValidity;
        maxValidity = maxValidity == null || maxValidity.compareTo(defaultValidity) < 0
                ? Duration.ofDays(Math.max(366, defaultValidity.toDays()))
                : maxValidity;
    }
}
