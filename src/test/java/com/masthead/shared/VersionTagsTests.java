package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTagsTests {

    @Test
    void writesTheVersionAsAStrongEntityTag() {
        assertThat(VersionTags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void parsesAStrongEntityTag() {
        assertThat(VersionTags.parse("\"3\"")).isEqualTo(3);
    }

    @Test
    void parsesAWeakEntityTag() {
        assertThat(VersionTags.parse("W/\"3\"")).isEqualTo(3);
    }

    @Test
    void parsesATagSurroundedByWhiteSpace() {
        assertThat(VersionTags.parse("  \"12\" ")).isEqualTo(12);
    }

    @Test
    void readsBackWhatItWrites() {
        assertThat(VersionTags.parse(VersionTags.of(41))).isEqualTo(41);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesAMissingTagAsARequiredIfMatchField(String ifMatch) {
        InvalidInputException e = whenParsing(ifMatch);

        thenNamesIfMatch(e, "version.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"abc\"", "W/", "*", "\"3\", \"4\"", "\"3.5\"", "\"99999999999\""})
    void refusesAnUnreadableTagAsAMalformedIfMatchField(String ifMatch) {
        InvalidInputException e = whenParsing(ifMatch);

        thenNamesIfMatch(e, "version.malformed");
    }

    private static InvalidInputException whenParsing(String ifMatch) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> VersionTags.parse(ifMatch));
        assertThat(e).as("If-Match %s is refused", ifMatch).isNotNull();
        return e;
    }

    private static void thenNamesIfMatch(InvalidInputException e, String messageKey) {
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("If-Match");
            assertThat(p.messageKey()).isEqualTo(messageKey);
        });
    }
}
