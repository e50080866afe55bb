package com.masthead.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automaton over folded text: what it finds, where it says it found it, and what it leaves alone. */
class SensitiveWordMatchingTests {

    private final LexiconAutomaton lexicon = lexicon(
            term("赌博网站", LexiconTier.BLOCK),
            term("代开发票", LexiconTier.REVIEW),
            term("坏词", LexiconTier.REPLACE),
            term("spam", LexiconTier.REVIEW),
            term("ass", LexiconTier.REPLACE),
            term("𠀀字", LexiconTier.REVIEW),
            term("カタカナ", LexiconTier.REVIEW));

    @Test
    void findsATermWithItsTierAndPositionInTheOriginalText() {
        String text = "欢迎访问赌博网站。";

        ScreeningReport report = lexicon.screen(text);

        assertThat(report.matches()).containsExactly(new ScreeningMatch(LexiconTier.BLOCK, "赌博网站", 4, 8, "赌博网站"));
        assertThat(report.blocked()).isTrue();
        assertThat(report.needsReview()).isFalse();
    }

    @Test
    void seesThroughSpacesPunctuationSymbolsAndInvisibleCharactersBetweenCharacters() {
        List<String> disguised = List.of(
                "赌 博 网 站",
                "赌.博-网_站",
                "赌，博。网！站",
                "赌　博　网　站", // ideographic spaces
                "赌\u200B博\u200D网\uFEFF站", // zero-width space, joiner, no-break
                "赌\u202E博\u2066网\u00AD站", // bidi override, isolate, soft hyphen
                "赌😀博🌸网★站",
                "赌\n博\t网\r\n站");

        for (String text : disguised) {
            ScreeningReport report = lexicon.screen("看" + text + "吧");
            assertThat(report.matches()).as(text).hasSize(1);
            ScreeningMatch match = report.matches().get(0);
            assertThat(match.term()).isEqualTo("赌博网站");
            assertThat(match.start()).isEqualTo(1);
            assertThat(match.matched()).as("the span covers the disguise").isEqualTo(text);
        }
    }

    @Test
    void foldsFullWidthHalfWidthCaseAndStyledForms() {
        assertThat(lexicon.screen("ＳＰＡＭ").terms(LexiconTier.REVIEW)).containsExactly("spam");
        assertThat(lexicon.screen("SpAm").terms(LexiconTier.REVIEW)).containsExactly("spam");
        assertThat(lexicon.screen("s̶p̶a̶m̶").terms(LexiconTier.REVIEW)).containsExactly("spam");
        assertThat(lexicon.screen("𝐬𝐩𝐚𝐦").terms(LexiconTier.REVIEW)).containsExactly("spam");
        assertThat(lexicon.screen("ⓢⓟⓐⓜ").terms(LexiconTier.REVIEW)).containsExactly("spam");
        assertThat(lexicon.screen("ｶﾀｶﾅ").terms(LexiconTier.REVIEW)).containsExactly("カタカナ");
    }

    @Test
    void latinTermsMatchWholeWordsOnly() {
        assertThat(lexicon.screen("a class act, assess it").isClean()).isTrue();
        assertThat(lexicon.screen("spammer").isClean()).isTrue();
        assertThat(lexicon.screen("you ass!").terms(LexiconTier.REPLACE)).containsExactly("ass");
        assertThat(lexicon.screen("a s s").terms(LexiconTier.REPLACE)).containsExactly("ass");
        assertThat(lexicon.screen("ｃｌａｓｓ").isClean()).isTrue();
        assertThat(lexicon.screen("这是spam吗").terms(LexiconTier.REVIEW)).containsExactly("spam");
    }

    @Test
    void offsetsCountUtf16UnitsAroundSupplementaryCharacters() {
        String text = "𠀀🙂有人代开发票，𠀀字";

        ScreeningReport report = lexicon.screen(text);

        assertThat(report.matches()).hasSize(2);
        for (ScreeningMatch m : report.matches()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matched());
        }
        assertThat(report.matches().get(0).matched()).isEqualTo("代开发票");
        assertThat(report.matches().get(1).matched()).isEqualTo("𠀀字");
    }

    @Test
    void reportsEveryMatchInOrderIncludingOverlaps() {
        LexiconAutomaton overlapping = lexicon(term("发票", LexiconTier.REPLACE), term("代开发票", LexiconTier.REVIEW));

        ScreeningReport report = overlapping.screen("代开发票，发票");

        assertThat(report.matches())
                .extracting(ScreeningMatch::term, ScreeningMatch::start)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("代开发票", 0),
                        org.assertj.core.groups.Tuple.tuple("发票", 2),
                        org.assertj.core.groups.Tuple.tuple("发票", 5));
        assertThat(report.needsReview()).isTrue();
    }

    @Test
    void masksReplaceTermsOnlyCharacterForCharacter() {
        assertThat(mask("这是坏词。")).isEqualTo("这是＊＊。");
        assertThat(mask("这是坏 词。")).isEqualTo("这是＊＊＊。");
        assertThat(mask("赌博网站和坏词")).isEqualTo("赌博网站和＊＊");
        assertThat(mask("𠀀坏词𠀀")).isEqualTo("𠀀＊＊𠀀");
        assertThat(mask("You ass.")).isEqualTo("You ＊＊＊.");
    }

    private String mask(String text) {
        return SensitiveWordScreen.masked(text, lexicon.screen(text));
    }

    @Test
    void cleanAndEmptyTextsAreClean() {
        assertThat(lexicon.screen(null).isClean()).isTrue();
        assertThat(lexicon.screen("").isClean()).isTrue();
        assertThat(lexicon.screen("。。。 ！！").isClean()).isTrue();
        assertThat(lexicon.screen("今天天气很好").isClean()).isTrue();
        assertThat(LexiconAutomaton.EMPTY.screen("赌博网站").isClean()).isTrue();
    }

    @Test
    void doesNotCatchTraditionalFormsHomophonesOrPinyin() {
        // Documented limits: admins add these forms as terms of their own.
        assertThat(lexicon.screen("賭博網站").isClean()).isTrue();
        assertThat(lexicon.screen("堵搏网站").isClean()).isTrue();
        assertThat(lexicon.screen("dubo wangzhan").isClean()).isTrue();
    }

    @Test
    void aLargeLexiconScreensALongTextInOnePass() {
        List<LexiconTerm> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(term("词" + Integer.toString(i, 36) + "条", LexiconTier.REVIEW));
        }
        many.add(term("赌博网站", LexiconTier.BLOCK));
        LexiconAutomaton large = new LexiconAutomaton(many);
        String text = "新闻正文，没有问题的句子。".repeat(15_000) + "赌 博网站";

        ScreeningReport report = large.screen(text);

        assertThat(large.size()).isEqualTo(20_001);
        assertThat(report.terms(LexiconTier.BLOCK)).containsExactly("赌博网站");
        assertThat(report.matches().get(0).end()).isEqualTo(text.length());
    }

    @Test
    void foldingKeepsTrackOfOriginalPositions() {
        TextFolding.Folded folded = TextFolding.foldWithOffsets("Ａ-b 𠀀㎏");

        assertThat(folded.text()).isEqualTo("ab𠀀kg");
        assertThat(folded.starts()[0]).isZero();
        assertThat(folded.starts()[1]).isEqualTo(2);
        assertThat(folded.starts()[2]).isEqualTo(4);
        assertThat(folded.ends()[3]).isEqualTo(6);
        assertThat(folded.starts()[4]).isEqualTo(6);
        assertThat(folded.ends()[5]).isEqualTo(7);
        assertThat(folded.adjacent(4)).as("k and g come from one character").isTrue();
        assertThat(folded.adjacent(0)).as("a and b are separated by a hyphen").isFalse();
    }

    private static LexiconAutomaton lexicon(LexiconTerm... terms) {
        return new LexiconAutomaton(List.of(terms));
    }

    private static LexiconTerm term(String term, LexiconTier tier) {
        return new LexiconTerm(0, term, tier, Instant.EPOCH, "test");
    }
}
