package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayTextTests {

    private static final String EMOJI = "😀"; // U+1F600, a surrogate pair in UTF-16
    private static final String RARE_CJK = "𠀀"; // U+20000, CJK Extension B, a surrogate pair too
    private static final String ELLIPSIS = "…";

    @Test
    void keepsTextThatFitsUnchangedAndWithoutEllipsis() {
        assertThat(DisplayText.cut("新闻标题", 4)).isEqualTo("新闻标题");
        assertThat(DisplayText.cut("新闻标题", 10)).isEqualTo("新闻标题");
    }

    @Test
    void countsCodePointsNotCharsWhenDecidingWhetherToCut() {
        String text = EMOJI + RARE_CJK + EMOJI; // six chars, three code points

        assertThat(DisplayText.cut(text, 3)).isEqualTo(text);
    }

    @Test
    void endsACutTextWithASingleEllipsisWithinTheLimit() {
        String cut = DisplayText.cut("一二三四五六七八九十", 5);

        assertThat(cut).isEqualTo("一二三四" + ELLIPSIS);
        assertThat(codePoints(cut)).isEqualTo(5);
    }

    @Test
    void neverSplitsAnEmojiWhenCuttingAcrossIt() {
        String text = "ab" + EMOJI + EMOJI + "cd";

        for (int max = 1; max <= 6; max++) {
            thenHasNoLoneSurrogate(DisplayText.cut(text, max));
        }
        assertThat(DisplayText.cut(text, 4)).isEqualTo("ab" + EMOJI + ELLIPSIS);
    }

    @Test
    void neverSplitsARareCjkCharacterWhenCuttingAcrossIt() {
        String text = RARE_CJK + RARE_CJK + RARE_CJK + RARE_CJK;

        for (int max = 1; max <= 5; max++) {
            thenHasNoLoneSurrogate(DisplayText.cut(text, max));
        }
        assertThat(DisplayText.cut(text, 3)).isEqualTo(RARE_CJK + RARE_CJK + ELLIPSIS);
    }

    @Test
    void trimsBeforeCuttingAndDoesNotLeaveASpaceBeforeTheEllipsis() {
        assertThat(DisplayText.cut("  短标题  ", 3)).isEqualTo("短标题");
        assertThat(DisplayText.cut("ab cdef", 4)).isEqualTo("ab" + ELLIPSIS);
    }

    @Test
    void cutsNullToEmptyText() {
        assertThat(DisplayText.cut(null, 10)).isEmpty();
    }

    @Test
    void dropsControlCharactersFromALine() {
        assertThat(DisplayText.cleanLine("标题\u0000\u0007\u001b")).isEqualTo("标题");
        assertThat(DisplayText.cleanLine("a\u0000b")).doesNotContain("\u0000");
    }

    @Test
    void dropsBidiOverrideAndIsolateMarks() {
        String spoofed = "invoice\u202Efdp.exe";

        assertThat(DisplayText.cleanLine(spoofed)).isEqualTo("invoicefdp.exe");
        assertThat(DisplayText.cleanLine("\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069"))
                .isEqualTo("abcdefg");
    }

    @Test
    void keepsEmojiAndRareCjkCharactersIntact() {
        String line = "庆祝" + EMOJI + "：" + RARE_CJK + "字";

        assertThat(DisplayText.cleanLine(line)).isEqualTo(line);
    }

    @Test
    void foldsRunsOfWhiteSpaceIncludingNewlinesAndTabsAndTrims() {
        assertThat(DisplayText.cleanLine("  春节 \t\n  联欢   晚会 \r\n")).isEqualTo("春节 联欢 晚会");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u202E", "\u0000 \u0007", " \u2066\u2069 "})
    void turnsBlankOrInvisibleOnlyInputIntoNull(String input) {
        assertThat(DisplayText.cleanLine(input)).isNull();
    }

    @Test
    void blankToNullTrimsTextAndNullsBlanks() {
        assertThat(DisplayText.blankToNull("  x ")).isEqualTo("x");
        assertThat(DisplayText.blankToNull(" ")).isNull();
        assertThat(DisplayText.blankToNull(null)).isNull();
        assertThat(DisplayText.isBlank(" \t")).isTrue();
        assertThat(DisplayText.isBlank("a")).isFalse();
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void dropsLoneSurrogatesAndNonCharactersFromALine() {
        assertThat(DisplayText.cleanLine("名\uD800称\uFFFE\uFFFF" + EMOJI)).isEqualTo("名 称 " + EMOJI);
    }

    @Test
    void cleansMultiLineTextKeepingLineBreaks() {
        assertThat(DisplayText.cleanText(" 第一行\u0000\u001b \r\n\r\n\r\n\t第二行\u202E" + RARE_CJK + " "))
                .isEqualTo("第一行\n\n第二行" + RARE_CJK);
        assertThat(DisplayText.cleanText("\u0000\n \u0008")).isNull();
        assertThat(DisplayText.cleanText(null)).isNull();
    }

    private static void thenHasNoLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                        .as("high surrogate at %d of %s is followed by its low half", i, s)
                        .isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c))
                        .as("lone low surrogate at %d of %s", i, s)
                        .isFalse();
            }
        }
    }
}
