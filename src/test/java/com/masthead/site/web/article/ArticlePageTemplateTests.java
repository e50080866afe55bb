package com.masthead.site.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.site.web.Crumb;
import com.masthead.site.web.SitePageRendering;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The article page as readers see it, rendered from the precompiled template and a plain {@link ArticlePageModel}
 * with the real message bundles: no Spring, no database.
 */
class ArticlePageTemplateTests {

    private final SitePageRendering rendering = new SitePageRendering();

    @Test
    void showsTitleBodyBylinesAndTheResponsibleEditorLine() {
        Document zh = render(Locale.SIMPLIFIED_CHINESE, article(false, List.of()));
        Document en = render(Locale.ENGLISH, article(false, List.of()));

        assertThat(zh.selectFirst("h1.article-title").text()).isEqualTo("港口新泊位投入使用");
        assertThat(zh.selectFirst(".article-body strong").text()).isEqualTo("新泊位");
        assertThat(zh.select(".byline").eachText()).containsExactly("本报记者 李岩");
        assertThat(zh.selectFirst(".responsible-editor").text()).isEqualTo("（责任编辑：陈思远）");
        assertThat(en.selectFirst(".responsible-editor").text()).isEqualTo("(Editor: 陈思远)");
    }

    @Test
    void linksThePrintPageAndOffersCorrectionAndReprintForms() {
        Document page = render(Locale.SIMPLIFIED_CHINESE, article(false, List.of()));

        assertThat(page.selectFirst(".print-line").text()).isEqualTo("刊发版面：测试日报 2026年1月2日 第1版");
        assertThat(page.selectFirst(".print-line a").attr("href")).isEqualTo("/paper/daily/2026-01-02/1/");
        assertThat(page.selectFirst(".report-error a").attr("href")).isEqualTo("/corrections/new?article=7");
        assertThat(page.selectFirst(".reprint-licence a").attr("href")).isEqualTo("/reprints/new?article=7");
    }

    @Test
    void aReprintLinksItsOriginalAndOffersNoReprintLicence() {
        Document page = render(Locale.ENGLISH, article(true, List.of()));

        assertThat(page.selectFirst(".copyright-statement").hasClass("reprint")).isTrue();
        assertThat(page.selectFirst(".copyright-statement a[href=https://example.org/original]"))
                .isNotNull();
        assertThat(page.select(".reprint-licence")).isEmpty();
    }

    @Test
    void publishedCorrectionNotesAppearUnderTheArticle() {
        Document page = render(
                Locale.SIMPLIFIED_CHINESE,
                article(false, List.of(new CorrectionNoteView("2026-01-03", List.of("第二段的泊位数量应为 4 个。")))));

        assertThat(page.selectFirst("#corrections-heading").text()).isEqualTo("更正说明");
        assertThat(page.select(".correction-text").eachText()).containsExactly("第二段的泊位数量应为 4 个。");
    }

    private Document render(Locale locale, ArticlePageModel page) {
        return rendering.render("site/article.jte", locale, page.title(), "/news/2026/01/02/7.html", page);
    }

    private static ArticlePageModel article(boolean reprint, List<CorrectionNoteView> corrections) {
        return new ArticlePageModel(
                List.of(new Crumb("要闻", "/channel/news/")),
                null,
                "港口新泊位投入使用",
                null,
                "2026-01-02 08:00",
                "测试日报",
                null,
                null,
                null,
                "<p>四个<strong>新泊位</strong>今天启用。</p>",
                List.of("本报记者 李岩"),
                null,
                null,
                "测试日报 2026年1月2日 第1版",
                "/paper/daily/2026-01-02/1/",
                "陈思远",
                reprint,
                "版权声明",
                reprint ? "https://example.org/original" : null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                7,
                corrections,
                null);
    }
}
