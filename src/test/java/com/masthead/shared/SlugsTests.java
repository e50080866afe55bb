package com.masthead.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void spellsChineseNamesInPinyinWithoutTonesOneWordPerRun() {
        assertThat(Slugs.of("中国质量报", "x")).isEqualTo("zhongguozhiliangbao");
        assertThat(Slugs.of("《走进绿色工厂》系列报道（2026）", "x")).isEqualTo("zoujinlvsegongchang-xiliebaodao-2026");
        assertThat(Slugs.of("China Daily 中国日报", "x")).isEqualTo("china-daily-zhongguoribao");
        assertThat(Slugs.of("２０２６两会", "x")).isEqualTo("2026-lianghui");
    }

    @Test
    void namesWithNothingToSpellGetTheFallback() {
        assertThat(Slugs.of("！？……", "series")).isEqualTo("series");
        assertThat(Slugs.of(null, "paper")).isEqualTo("paper");
    }

    @Test
    void slugsAreValidAddressNamesOfAtMostSixtyCharacters() {
        String slug = Slugs.of("中华人民共和国国家市场监督管理总局质量发展局主办的全国质量月特别报道专题", "x");

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void aTakenSlugGetsTheFirstFreeNumberedSuffix() {
        Set<String> taken = Set.of("gongye", "gongye-2", "gongye-3");

        assertThat(Slugs.unique("gongye", taken::contains)).isEqualTo("gongye-4");
        assertThat(Slugs.unique("shangye", taken::contains)).isEqualTo("shangye");
        assertThat(Slugs.unique("a".repeat(60), Set.of("a".repeat(60))::contains))
                .isEqualTo("a".repeat(58) + "-2");
    }
}
