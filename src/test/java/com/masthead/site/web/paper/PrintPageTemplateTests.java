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
                List.of(new PaperPageModels.PageNavItem("A01版", "要闻", "/paper/p/2026-01-02/1/", null, 160, 0, true)),
                null,
                "/paper/p/2026-01-02/2/",
                image == null ? null : "/paper/p/2026-01-02/1.pdf",
                null,
                "/paper/p/2026-01-02/",
                new PaperPageModels.IssueCalendar("2026年1月", List.of("一"), List.of(), null, null));
    }
}
