package com.masthead.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-text rules: what cleaning keeps, what counts as a link, what counts as the same text. */
class CommentTextTests {

    @Test
    void cleaningKeepsLineBreaksEmojiAndRareCharactersButDropsControlsAndBidiOverrides() {
        assertThat(CommentText.clean("第一行\r\n第二行\r\r\n\n\n\n第三行  ")).isEqualTo("第一行\n第二行\n\n第三行");
        assertThat(CommentText.clean("a\u0000b\u0007c\u202Ed\u2066e")).isEqualTo("abcde");
        assertThat(CommentText.clean("👍🏽 𠀀 👨‍👩‍👧")).isEqualTo("👍🏽 𠀀 👨‍👩‍👧");
        assertThat(CommentText.clean("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
        assertThat(CommentText.clean(" \n\t ")).isNull();
        assertThat(CommentText.clean(null)).isNull();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(CommentText.length("𠀀𠀀")).isEqualTo(2);
    }

    @Test
    void spotsLinksAlsoInFullWidthLetters() {
        assertThat(CommentText.containsLink("看 https://example.org/x")).isTrue();
        assertThat(CommentText.containsLink("www.example.org")).isTrue();
        assertThat(CommentText.containsLink("加我 shop-123.xyz 有优惠")).isTrue();
        assertThat(CommentText.containsLink("ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ")).isTrue();
        assertThat(CommentText.containsLink("javascript://%0aalert(1)")).isTrue();
        assertThat(CommentText.containsLink("价格涨了3.5%，真是没想到。Version 2.0 is out"))
                .isFalse();
    }

    @Test
    void theSameTextIgnoringCaseWidthAndPunctuationHashesAlike() {
        assertThat(CommentText.hash("好文章！")).isEqualTo(CommentText.hash("好文章"));
        assertThat(CommentText.hash("ＧＯＯＤ")).isEqualTo(CommentText.hash("good."));
        assertThat(CommentText.hash("好文章")).isNotEqualTo(CommentText.hash("好文"));
        assertThat(CommentText.hash("👍")).isNotEqualTo(CommentText.hash("👎"));
    }

    @Test
    void onlyHttpLinksBecomeLinkSegmentsAndOnlyWhenAllowed() {
        String text = "见 https://example.org/a?b=1 和 javascript:alert(1)";

        assertThat(CommentText.segments(text, false)).containsExactly(new PublicComment.Segment(text, null));
        List<PublicComment.Segment> segments = CommentText.segments(text, true);
        assertThat(segments)
                .containsExactly(
                        new PublicComment.Segment("见 ", null),
                        new PublicComment.Segment("https://example.org/a?b=1", "https://example.org/a?b=1"),
                        new PublicComment.Segment(" 和 javascript:alert(1)", null));
    }

    @Test
    void ipv6ClientsAreLimitedByTheirNetwork() {
        assertThat(new Client("2001:db8:1:2:3:4:5:6", "x").limitKey()).isEqualTo("2001:db8:1:2::/64");
        assertThat(new Client("2001:db8:1:2:0:0:0:9", "x").limitKey()).isEqualTo("2001:db8:1:2::/64");
        assertThat(new Client("203.0.113.9", "x").limitKey()).isEqualTo("203.0.113.9");
        assertThat(new Client("203.0.113.9", "a").fingerprint())
                .hasSize(64)
                .isNotEqualTo(new Client("203.0.113.9", "b").fingerprint());
    }
}
