package com.masthead.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What of API token handling runs without Spring: the stored hash of a secret and the expiry limits. Issuing,
 * authenticating and revoking against a database are covered by the API contracts.
 */
class ApiTokenHandlingTests {

    @Test
    void aSecretIsStoredAsTheHexOfItsSha256() {
        // FIPS 180-2 test vector
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theHashIsStableAndTellsSecretsApart() {
        String secret = "mh_" + "A".repeat(40);

        assertThat(ApiTokens.hash(secret)).isEqualTo(ApiTokens.hash(secret)).hasSize(64);
        assertThat(ApiTokens.hash(secret)).isNotEqualTo(ApiTokens.hash("mh_" + "A".repeat(39) + "B"));
    }

    @Test
    void tokensLiveNinetyDaysByDefaultAndAtMostAYearAndADay() {
        ApiTokenProperties defaults = new ApiTokenProperties(null, null);

        assertThat(defaults.defaultValidity()).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.maxValidity()).isEqualTo(Duration.ofDays(366));
    }

    @Test
    void aZeroOrNegativeDefaultValidityFallsBackToNinetyDays() {
        assertThat(new ApiTokenProperties(Duration.ZERO, null).defaultValidity())
                .isEqualTo(Duration.ofDays(90));
        assertThat(new ApiTokenProperties(Duration.ofDays(-1), null).defaultValidity())
                .isEqualTo(Duration.ofDays(90));
    }

    @Test
    void theLongestExpiryIsNeverShorterThanTheDefaultOne() {
        ApiTokenProperties longDefault = new ApiTokenProperties(Duration.ofDays(500), Duration.ofDays(30));

        assertThat(longDefault.maxValidity()).isEqualTo(Duration.ofDays(500));
        assertThat(new ApiTokenProperties(Duration.ofDays(30), Duration.ofDays(60)).maxValidity())
                .isEqualTo(Duration.ofDays(60));
    }
}
