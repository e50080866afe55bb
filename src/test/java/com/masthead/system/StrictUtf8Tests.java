package com.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictUtf8Tests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "c0bc", // '<' overlong in two bytes
                "e080bc", // '<' overlong in three bytes
                "f08080bc", // '<' overlong in four bytes
                "eda080", // an encoded surrogate half
                "f4908080", // above U+10FFFF
                "80", // a lone continuation byte
                "e4b8", // a truncated sequence
                "ff"
            })
    void refusesWhatTheStandardForbids(String hex) {
        assertThat(StrictUtf8.isWellFormed(HexFormat.of().parseHex("7b22" + hex + "227d")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"title\":\"<b>\"}", "标题 😀 𠀀 \u0000"})
    void acceptsWellFormedText(String text) {
        assertThat(StrictUtf8.isWellFormed(text.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }
}
