package com.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the body cleaner keeps of copy pasted from Word, WPS and web pages (a Word-like clipboard sample). */
class PastedCopyCleaningTests {

    private final ArticleBodySanitizer sanitizer = new ArticleBodySanitizer();

    @Test
    void keepsTheStructureOfWordCopyAndDropsOfficeMarkupFontsAndColours() throws IOException {
        String clean = sanitizer.clean(wordClipboard());

        assertThat(clean)
                .isEqualTo("<h2>质量强国建设纲要发布</h2>\n"
                        + "<p>本报讯　记者获悉：该项目（一期）投资１２亿元，<b>今年年底</b>建成投产。</p>\n"
                        + "<p><i>Made in China 2025</i>计划详见<a href=\"https://www.example.gov.cn/zhengce/2025.htm\""
                        + " rel=\"noopener noreferrer nofollow\">国务院网站</a>。</p>\n"
                        + "<ul><li>第一，加强标准建设；</li><li>第二，提升计量能力。</li></ul>\n"
                        + "<p>（完）  \u00a0</p>");
    }

    @Test
    void dropsOfficeOnlyElementsConditionalCommentsAndStyleSheets() throws IOException {
        String clean = sanitizer.clean(wordClipboard());

        assertThat(clean)
                .doesNotContain("o:p", "mso", "MsoNormal", "WordDocument", "Normal", "font", "span", "style", "<!--")
                .doesNotContain("宋体", "#C00000", "color", "class=");
    }

    @Test
    void dropsParagraphsThatShowNothing() {
        assertThat(sanitizer.clean("<p>一</p><p>&nbsp;</p><p> <span> </span></p><p>\u3000</p><p><br></p><p>二</p>"))
                .isEqualTo("<p>一</p><p>二</p>");
    }

    @Test
    void keepsIdeographicSpacesThatStartABodyWithoutParagraphs() {
        assertThat(sanitizer.clean("\u3000\u3000第一段")).isEqualTo("\u3000\u3000第一段");
    }

    @Test
    void keepsIdeographicAndNoBreakSpacesInsideText() {
        assertThat(sanitizer.clean("<p>\u3000\u3000第一段　正文&nbsp;结束</p>")).isEqualTo("<p>\u3000\u3000第一段　正文\u00a0结束</p>");
    }

    private static String wordClipboard() throws IOException {
        try (InputStream in = PastedCopyCleaningTests.class.getResourceAsStream("/paste/word-clipboard.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
