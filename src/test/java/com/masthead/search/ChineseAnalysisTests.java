package com.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseAnalysisTests {

    private final ChineseAnalysis plain = new ChineseAnalysis(List.of());

    @Test
    void smartcnSplitsUnknownNamesIntoSingleCharacters() {
        assertThat(plain.words("抚远市举行发布会")).startsWith("抚", "远", "市");
    }

    @Test
    void dictionaryTermsStayWhole() {
        ChineseAnalysis withDictionary = new ChineseAnalysis(List.of("抚远", "泓远智能"));

        assertThat(withDictionary.words("抚远市举行发布会")).startsWith("抚远", "市");
        assertThat(withDictionary.words("江苏泓远智能科技有限公司")).contains("泓远智能").doesNotContain("泓");
    }

    @Test
    void longestDictionaryTermWins() {
        ChineseAnalysis withDictionary = new ChineseAnalysis(List.of("安全", "安全管理器"));

        assertThat(withDictionary.words("新版安全管理器上线")).contains("安全管理器").doesNotContain("安全");
    }

    @Test
    void bigramPathIndexesEveryPairOfHanCharacters() {
        assertThat(plain.bigrams("滨澜港")).containsExactly("滨澜", "澜港");
    }

    @Test
    void latinWordsAndNumbersStayWholeAndFoldWidthAndCase() {
        assertThat(plain.bigrams("5G 基站")).containsExactly("5g", "基站");
        assertThat(plain.bigrams("２０２５年")).containsExactly("2025", "年");
        assertThat(plain.words("ＡＢＣ１２３")).containsExactly("abc", "123");
    }

    @Test
    void punctuationIsNoWord() {
        assertThat(plain.words("码头，投运。")).doesNotContain("，", "。");
    }
}
