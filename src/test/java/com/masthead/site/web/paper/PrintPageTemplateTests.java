package com.masthead.site.web.paper;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.site.web.Crumb;
import com.masthead.site.web.SitePageRendering;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page view's template rendered from a plain model with the real message bundles. */
class PrintPageTemplateTests {

    private final SitePageRendering rendering = new SitePageRendering();

    @Test
    void aCorrectedArticleIsMarkedOnThePageAndInTheList() {
        Document zh = render(Locale.SIMPLIFIED_CHINESE);
        Document en = render(Locale.ENGLISH);

        assertThat(zh.select("svg.print-areas polygon.corrected")).hasSize(1);
        assertThat(zh.selectFirst("svg.print-areas polygon.corrected").parent().attr("aria-label"))
                .isEqualTo("港口新泊位投入使用");
        assertThat(zh.select("ol.page-articles li").eachText()).containsExactly("港口新泊位投入使用 已更正", "渔港改造完工 接第二版");
        assertThat(zh.selectFirst(".corrected-legend").text()).isEqualTo("已更正 该稿件已发布更正说明");
        assertThat(en.select("ol.page-articles li").eachText()).containsExactly("港口新泊位投入使用 Corrected", "渔港改造完工 接第二版");
    }

    @Test
    void userTextIsEscapedInTheSvgOverlay() {
        Document doc = render(Locale.SIMPLIFIED_CHINESE);

        assertThat(doc.select("svg.print-areas script")).isEmpty();
        assertThat(doc.select("svg.print-areas a").eachAttr("aria-label")).contains("<script>alert(1)</script>");
    }

    /**
     * What Lighthouse's accessibility and performance audits check on the page view (bench/lighthouse): one h1
     * and no skipped heading level, every link and every area with a name, and every image with its intrinsic
     * size (no layout shift) and an alt text (empty only for a thumbnail next to its label).
     */
    @Test
    void thePageViewKeepsWhatLighthouseChecks() {
        Document doc = render(Locale.SIMPLIFIED_CHINESE);

        assertThat(doc.select("main h1")).hasSize(1);
        assertThat(doc.select("main h3, main h4, main h5, main h6")).isEmpty();
        assertThat(doc.select("main a"))
                .allSatisfy(link -> assertThat(link.text().isBlank() ? link.attr("aria-label") : link.text())
                        .isNotBlank());
        assertThat(doc.select("main img")).isNotEmpty().allSatisfy(img -> {
            assertThat(img.attr("width")).matches("[1-9][0-9]*");
            assertThat(img.attr("height")).matches("[1-9][0-9]*");
            assertThat(img.hasAttr("alt")).isTrue();
        });
        assertThat(doc.selectFirst("img.print-page-image").attr("alt")).isEqualTo("版面图");
        assertThat(doc.selectFirst("img.print-page-image").attr("sizes")).isNotBlank();
    }

    @Test
    void aPageWithoutAPdfHasNoImageAndNoPdfLink() {
        PaperPageModels.PrintPageView view = view(null, List.of());

        Document doc = rendering.render("site/paper/page.jte", Locale.SIMPLIFIED_CHINESE, "版面", "/paper/p/", view);

        assertThat(doc.select("img.print-page-image")).isEmpty();
        assertThat(doc.select("a.page-pdf")).isEmpty();
        assertThat(doc.select("ol.page-articles li")).hasSize(2);
    }

    private Document render(Locale locale) {
        PaperPageModels.PageImage image = new PaperPageModels.PageImage(
                "/epaper/files/x-w960.jpg", "/epaper/files/x-w480.jpg 480w", 960, 1440, "版面图", "0 0 600 900");
        List<PaperPageModels.AreaLink> areas = List.of(
                new PaperPageModels.AreaLink("/news/1.html", "港口新泊位投入使用", "0,0 10,0 10,10", true),
                new PaperPageModels.AreaLink("/news/2.html", "<script>alert(1)</script>", "20,20 30,20 30,30", false));
        return rendering.render("site/paper/page.jte", locale, "版面", "/paper/p/2026-01-02/1/", view(image, areas));
    }

    private static PaperPageModels.PrintPageView view(
            PaperPageModels.PageImage image, List<PaperPageModels.AreaLink> areas) {
        return new PaperPageModels.PrintPageView(
                List.of(new Crumb("首页", "/")),
                "测试日报 2026年1月2日",
                "A01版：要闻",
                null,
                null,
                image,
                areas,
                List.of(
                        new PaperPageModels.PrintedArticle("港口新泊位投入使用", "/news/1.html", null, null, true),
                        new PaperPageModels.PrintedArticle(
                                "渔港改造完工", "/news/3.html", "接第二版", "/paper/p/2026-01-02/2/", false)),
                List.of(new PaperPageModels.PageNavItem(
                        "A01版", "要闻", "/paper/p/2026-01-02/1/", "/epaper/files/x-w160.jpg", 160, 240, true)),
                null,
                "/paper/p/2026-01-02/2/",
                image == null ? null : "/paper/p/2026-01-02/1.pdf",
                null,
                "/paper/p/2026-01-02/",
                new PaperPageModels.IssueCalendar("2026年1月", List.of("一"), List.of(), null, null));
    }
}
