package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1, 一", "2, 二", "3, 三", "4, 四", "5, 五", "6, 六", "7, 七", "8, 八", "9, 九",
    })
    void writesSingleDigitsAsOneCharacter(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"10, 十", "11, 十一", "19, 十九"})
    void writesTheTeensWithoutALeadingOne(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"20, 二十", "21, 二十一", "99, 九十九"})
    void writesTensWithTheirMultiplier(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, 一百", "101, 一百零一", "105, 一百零五", "110, 一百一十"})
    void writesHundredsWithZeroForAnEmptyTensPlaceAndAnExplicitOneTen(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1000, 一千", "1001, 一千零一", "1010, 一千零一十", "9999, 九千九百九十九"})
    void writesThousandsWithASingleZeroForEachRunOfEmptyPlaces(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, 0", "10000, 10000", "-3, -3"})
    void fallsBackToArabicDigitsOutsideOneToNineThousandNineHundredNinetyNine(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }
}
