package com.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleBodySanitizerTests {

    private static final String MEDIA_IMAGE = "/media/" + "0123456789abcdef".repeat(4) + "-a.jpg";

    private final ArticleBodySanitizer sanitizer = new ArticleBodySanitizer();

    @Test
    void cleansNullToAnEmptyBody() {
        assertThat(sanitizer.clean(null)).isEmpty();
    }

    @Test
    void keepsFullWidthPunctuationAndOtherTextAsPlainCharacters() {
        String body = "<p>记者获悉：该项目（一期）投资１２亿元，＜第一＞＝＂好＂；a+b=c @编辑部 `x` it's 😀。</p>";

        assertThat(sanitizer.clean(body)).isEqualTo(body);
    }

    @Test
    void keepsMarkupCharactersEscapedInTextAndAttributes() {
        String clean = sanitizer.clean("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;引&quot;</p>"
                + "<p><a href=\"/news?a=1&amp;b=2\" title=\"&quot;&gt;&lt;script&gt;（）\">链接</a></p>");

        assertThat(clean).contains("1 &lt; 2 &amp;&amp; 3 &gt; 2").contains("title=\"&#34;&gt;&lt;script&gt;（）\"");
        thenHasNoActiveContent(clean);
    }

    @Test
    void dropsScriptElementsWithTheirCode() {
        String clean = sanitizer.clean(
                "<p>正文</p><script>alert('x')</script><SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>");

        thenHasNoActiveContent(clean);
        assertThat(clean).isEqualTo("<p>正文</p>").doesNotContain("alert");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p onclick=\"alert(1)\">正文</p>",
                "<p onmouseover=alert(1)>正文</p>",
                "<strong ONLOAD=\"alert(1)\">正文</strong>",
                "<a href=\"/news\" onfocus=\"alert(1)\">正文</a>",
            })
    void dropsEventHandlerAttributes(String html) {
        String clean = sanitizer.clean(html);

        thenHasNoActiveContent(clean);
        assertThat(clean).contains("正文");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "java&#x09;script:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)",
                "//evil.example/phish",
            })
    void dropsLinksToScriptDataAndForeignSchemes(String href) {
        String clean = sanitizer.clean("<p><a href=\"" + href + "\">点击</a></p>");

        thenHasNoActiveContent(clean);
        assertThat(body(clean).select("a[href]")).isEmpty();
        assertThat(clean).contains("点击");
    }

    @Test
    void dropsStyleAttributes() {
        String clean = sanitizer.clean("<p style=\"background:url(javascript:alert(1));position:fixed\">正文</p>"
                + "<span class=\"credit\" style=\"display:none\">新华社</span>");

        assertThat(body(clean).select("[style]")).isEmpty();
        assertThat(clean).isEqualTo("<p>正文</p><span class=\"credit\">新华社</span>");
    }

    @Test
    void dropsStyleElements() {
        String clean = sanitizer.clean("<style>body{display:none}</style><p>正文</p>");

        assertThat(clean).isEqualTo("<p>正文</p>");
    }

    @Test
    void dropsIframesObjectsAndForms() {
        String clean = sanitizer.clean("<iframe src=\"https://evil.example\"></iframe>"
                + "<object data=\"https://evil.example/x.swf\"></object><embed src=\"x.swf\">"
                + "<form action=\"https://evil.example\"><input name=\"pw\"></form><p>正文</p>");

        assertThat(body(clean).select("iframe, object, embed, form, input")).isEmpty();
        assertThat(clean).isEqualTo("<p>正文</p>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg onload=\"alert(1)\"><circle r=\"5\"/></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<svg><animate onbegin=\"alert(1)\" attributeName=\"x\"/></svg>",
                "<math><mtext><img src=x onerror=alert(1)></mtext></math>",
            })
    void dropsSvgAndMathMarkupWithTheirPayloads(String payload) {
        String clean = sanitizer.clean("<p>前</p>" + payload + "<p>后</p>");

        thenHasNoActiveContent(clean);
        assertThat(body(clean).select("svg, math, animate, circle")).isEmpty();
        assertThat(clean).startsWith("<p>前</p>").endsWith("<p>后</p>");
    }

    @Test
    void dropsAnImageWhoseSourceIsGarbageTogetherWithItsErrorHandler() {
        String clean = sanitizer.clean("<p>图</p><img src=x onerror=alert(1)>");

        thenHasNoActiveContent(clean);
        assertThat(clean).isEqualTo("<p>图</p>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://images.example.com/photo.jpg",
                "javascript:alert(1)",
                "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
                "/media/not-a-hash-a.jpg",
                "/uploads/photo.jpg",
                "//images.example.com/photo.jpg",
            })
    void dropsImagesFromOutsideTheMediaStoreUnlessHttps(String src) {
        String clean = sanitizer.clean("<figure><img src=\"" + src + "\"></figure>");

        assertThat(body(clean).select("img[src]")).isEmpty();
        assertThat(clean).doesNotContain(src);
    }

    @Test
    void keepsParagraphsSubheadsEmphasisQuotesAndLists() {
        String html = "<h3>小标题</h3><p>第一段<strong>重点</strong>，<em>强调</em>。</p>"
                + "<blockquote><p>引语</p></blockquote><ul><li>一</li><li>二</li></ul><ol><li>甲</li></ol>";

        thenSameMarkup(sanitizer.clean(html), html);
    }

    @Test
    void keepsAFigureWithAMediaStoreImageCaptionAndCredit() {
        String html = "<figure><img src=\"" + MEDIA_IMAGE + "\" alt=\"春耕\" width=\"800\" height=\"600\" />"
                + "<figcaption>农民在田间劳作。<span class=\"credit\">本报记者 王晓 摄</span></figcaption></figure>";

        String clean = sanitizer.clean(html);

        Element img = body(clean).selectFirst("figure > img");
        assertThat(img).isNotNull();
        assertThat(img.attr("src")).isEqualTo(MEDIA_IMAGE);
        assertThat(img.attr("alt")).isEqualTo("春耕");
        assertThat(img.attr("width")).isEqualTo("800");
        assertThat(img.attr("height")).isEqualTo("600");
        assertThat(body(clean).select("figure > figcaption > span.credit").text())
                .isEqualTo("本报记者 王晓 摄");
        assertThat(body(clean).select("figcaption").text()).startsWith("农民在田间劳作。");
    }

    @Test
    void keepsTheEditorsResponsiveFigureExactly() {
        String hash = "0123456789abcdef".repeat(4);
        String html = "<figure><img src=\"/media/" + hash + "-a.png\" srcset=\"/media/" + hash + "-t.png 240w, /media/"
                + hash + "-c.png 480w, /media/" + hash + "-a.png 960w\" sizes=\"(max-width: 900px) 100vw, 744px\""
                + " alt=\"码头泊位\" width=\"960\" height=\"540\" />"
                + "<figcaption>新建的四个泊位（一期）。<span class=\"credit\">本报记者 丁莹 摄</span></figcaption></figure>";

        assertThat(sanitizer.clean(html)).isEqualTo(html);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://images.example.com/a.jpg 960w",
                "/media/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef-a.jpg 960w,"
                        + " /media/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef-o.jpg 4000w",
                "/media/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef-a.jpg 2x",
                "/uploads/a.jpg 960w",
            })
    void dropsSrcsetsThatAreNotTheMediaLibrarysVariants(String srcset) {
        String clean = sanitizer.clean("<figure><img src=\"" + MEDIA_IMAGE + "\" srcset=\"" + srcset
                + "\" sizes=\"100vw; x\" loading=\"lazy\" class=\"wide\" style=\"width:1px\" /></figure>");

        assertThat(clean).isEqualTo("<figure><img src=\"" + MEDIA_IMAGE + "\" /></figure>");
    }

    @Test
    void keepsHttpsImages() {
        String clean = sanitizer.clean("<img src=\"https://images.example.com/photo.jpg\" alt=\"图\">");

        assertThat(body(clean).select("img").attr("src")).isEqualTo("https://images.example.com/photo.jpg");
    }

    @Test
    void dropsClassesOtherThanCredit() {
        String clean = sanitizer.clean("<p class=\"x\">正文</p><span class=\"hidden\">隐藏</span>");

        assertThat(body(clean).select("[class]")).isEmpty();
        assertThat(clean).contains("正文", "隐藏");
    }

    @Test
    void givesExternalLinksNoopenerNoreferrerNofollow() {
        String clean = sanitizer.clean("<p><a href=\"https://www.example.cn/report\" title=\"原文\">原文</a></p>");

        Element link = body(clean).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://www.example.cn/report");
        assertThat(link.attr("title")).isEqualTo("原文");
        assertThat(link.attr("rel").split(" ")).contains("noopener", "noreferrer", "nofollow");
    }

    @Test
    void replacesAnyRelTheAuthorWroteOnAnExternalLinkWithTheRequiredOnes() {
        String clean = sanitizer.clean("<a href=\"https://www.example.cn/\" rel=\"opener\" target=\"_blank\">x</a>");

        Element link = body(clean).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("rel").split(" "))
                .contains("noopener", "noreferrer", "nofollow")
                .doesNotContain("opener");
    }

    @Test
    void keepsSiteRelativeAndMailtoLinks() {
        String clean = sanitizer.clean(
                "<p><a href=\"/news/2025/03/18/42.html\">相关</a> " + "<a href=\"mailto:news@example.cn\">来信</a></p>");

        assertThat(body(clean).select("a").eachAttr("href"))
                .containsExactly("/news/2025/03/18/42.html", "mailto:news@example.cn");
    }

    @Test
    void leavesSiteRelativeLinksFollowable() {
        // The class contract: only external links get rel="noopener noreferrer nofollow"; nofollow on our own
        // links would tell search engines not to follow the site's internal cross-references.
        String clean = sanitizer.clean("<p><a href=\"/news/2025/03/18/42.html\">相关报道</a></p>");

        Element link = body(clean).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/news/2025/03/18/42.html");
        assertThat(link.attr("rel"))
                .as("rel on a site-relative link; ArticleBodySanitizer.requireRelsOnLinks applies to every link")
                .doesNotContain("nofollow");
    }

    @Test
    void keepsATwoHundredKilobyteBodyOfPlainParagraphsIntact() {
        StringBuilder html = new StringBuilder();
        int n = 0;
        while (html.length() < 200_000) {
            html.append("<p>第")
                    .append(n++)
                    .append("段：记者从市农业农村局获悉，全市春耕备耕工作已全面展开，" + "Spring planting is under way across the city.</p>");
        }
        String body = html.toString();

        String clean = sanitizer.clean(body);

        assertThat(body(clean).select("p")).hasSize(n);
        thenSameMarkup(clean, body);
    }

    @Test
    void keepsChineseCharactersAsCharacters() {
        String html = "<p>记者从市农业农村局获悉。</p>";

        assertThat(sanitizer.clean(html)).isEqualTo(html);
    }

    @Test
    void keepsEmojiAndRareCjkCharacters() {
        String clean = sanitizer.clean("<p>庆祝😀𠀀字</p>");

        assertThat(body(clean).select("p").text()).isEqualTo("庆祝😀𠀀字");
    }

    /**
     * Same elements, attributes and text. The sanitizer may write some characters as entities (it escapes
     * full-width punctuation such as "，" as {@code &#xff0c;}), which browsers render identically.
     */
    private static void thenSameMarkup(String clean, String original) {
        assertThat(body(clean).body().html()).isEqualTo(body(original).body().html());
    }

    private static Document body(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    private static void thenHasNoActiveContent(String clean) {
        Document doc = body(clean);
        assertThat(doc.select("script, style, iframe, svg, math, object, embed"))
                .isEmpty();
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWithIgnoringCase("on");
                assertThat(a.getValue().toLowerCase().replaceAll("\\s", ""))
                        .as("value of %s on <%s>", a.getKey(), e.tagName())
                        .doesNotContain("javascript:", "vbscript:", "data:");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "<p></p>",
                "<p>&nbsp;</p>",
                "<p>&#160;&#x3000;</p>",
                "<p> \u00a0\u3000\u200b</p><br>",
                "<script>alert(1)</script>",
                "<p><script>x</script></p><h2> </h2>"
            })
    void aBodyWithNoTextAndNoPictureShowsNothing(String html) {
        assertThat(ArticleBodySanitizer.showsNothing(sanitizer.clean(html))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>正文</p>",
                "<p>&amp;</p>",
                "<p>&#20013;</p>",
                "<figure><img src=\"https://example.org/a.png\" alt=\"\"></figure>"
            })
    void aBodyWithTextOrAPictureShowsSomething(String html) {
        assertThat(ArticleBodySanitizer.showsNothing(sanitizer.clean(html))).isFalse();
    }
}
