package com.masthead.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTests {

    @Test
    void dropsWhatXmlCannotCarryAndKeepsEverythingElse() {
        assertThat(XmlText.legal("标\u0000题\u0001\u0008\u001b\u000b\u000c\uFFFE\uFFFF\uD800"))
                .isEqualTo("标题");
        assertThat(XmlText.legal("tab\tline\nreturn\r 😀𠀀 <&>")).isEqualTo("tab\tline\nreturn\r 😀𠀀 <&>");
        assertThat(XmlText.legal(null)).isNull();
    }

    @Test
    void returnsTheSameStringWhenNothingIsDropped() {
        String clean = "海川日报";
        assertThat(XmlText.legal(clean)).isSameAs(clean);
    }
}
