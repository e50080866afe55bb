package com.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageSearchPatternTests {

    @Test
    void matchesTheTextAnywhereIgnoringCase() {
        assertThat(ImageRepository.containsPattern("Harbour 港口")).isEqualTo("%harbour 港口%");
    }

    @Test
    void takesTheWildcardsAndTheEscapeCharacterLiterally() {
        assertThat(ImageRepository.containsPattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }
}
