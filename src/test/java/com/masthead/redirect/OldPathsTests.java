package com.masthead.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OldPathsTests {

    @Test
    void percentEncodingCaseAndTrailingSlashDoNotMatter() {
        String expected = "/2024/06/01/城市新公园";

        assertThat(OldPaths.of("/2024/06/01/%E5%9F%8E%E5%B8%82%E6%96%B0%E5%85%AC%E5%9B%AD/", null))
                .hasValue(expected);
        assertThat(OldPaths.of("/2024/06/01/%e5%9f%8e%e5%b8%82%e6%96%b0%e5%85%ac%e5%9b%ad", "utm_source=x"))
                .hasValue(expected);
        assertThat(OldPaths.ofUrl("https://old.example.test/2024/06/01/城市新公园/")).hasValue(expected);
        assertThat(OldPaths.of("//Hello//World/", null)).hasValue("/hello/world");
    }

    @Test
    void theHomePageKeepsOnlyThePostParameter() {
        assertThat(OldPaths.ofUrl("https://old.example.test/?p=0012")).hasValue("/?p=12");
        assertThat(OldPaths.of("/", "utm=1&page_id=3")).hasValue("/?page_id=3");
        assertThat(OldPaths.of("/", "attachment_id=7")).hasValue("/?attachment_id=7");
        assertThat(OldPaths.of("/", "s=search")).isEmpty();
        assertThat(OldPaths.of("/", null)).isEmpty();
        assertThat(OldPaths.of("/", "p=abc")).isEmpty();
    }

    @Test
    void refusesWhatCannotBeAnOldAddress() {
        assertThat(OldPaths.of("/broken/%E5%9F", null)).isEmpty();
        assertThat(OldPaths.of("/bad/%zz", null)).isEmpty();
        assertThat(OldPaths.of("/control/%0A", null)).isEmpty();
        assertThat(OldPaths.of("relative", null)).isEmpty();
        assertThat(OldPaths.of("/" + "a".repeat(1001), null)).isEmpty();
        assertThat(OldPaths.ofUrl("not a url")).isEmpty();
    }
}
