package com.masthead.site.web.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.shared.PageResult;
import com.masthead.site.web.Crumb;
import com.masthead.site.web.SitePageRendering;
import com.masthead.site.web.TeaserView;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A channel page (the list template shared with series and print pages) as readers see it, rendered from the
 * precompiled template and plain model records with the real message bundles: no Spring, no database.
 */
class ChannelPageTemplateTests {

    private final SitePageRendering rendering = new SitePageRendering();

    @Test
    void showsTheHeadingTheSubsectionsAndEveryTeaserWithItsLink() {
        Document page =
                render(Locale.SIMPLIFIED_CHINESE, channelPage(1, 3, teaser("港口新泊位投入使用", "/news/2026/01/02/7.html")));

        assertThat(page.selectFirst("h1.page-title").text()).isEqualTo("本地");
        assertThat(page.select("nav.subchannels a").eachAttr("href")).containsExactly("/channel/news/local/harbour/");
        assertThat(page.selectFirst("nav.subchannels").attr("aria-label")).isEqualTo("子栏目");
        assertThat(page.select("a.teaser-title").eachText()).containsExactly("港口新泊位投入使用");
        assertThat(page.selectFirst("a.teaser-title").attr("href")).isEqualTo("/news/2026/01/02/7.html");
    }

    @Test
    void aMiddlePageLinksBothWaysAndSaysWhereTheReaderIs() {
        Document zh = render(Locale.SIMPLIFIED_CHINESE, channelPage(2, 3, teaser("一", "/news/2026/01/02/1.html")));
        Document en = render(Locale.ENGLISH, channelPage(2, 3, teaser("一", "/news/2026/01/02/1.html")));

        assertThat(zh.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/channel/news/local/");
        assertThat(zh.selectFirst("a[rel=next]").attr("href")).isEqualTo("/channel/news/local/?page=3");
        assertThat(zh.selectFirst(".pager-status").text()).isEqualTo("第 2 页，共 3 页");
        assertThat(en.selectFirst(".pager-status").text()).isEqualTo("Page 2 of 3");
    }

    @Test
    void anEmptyChannelSaysSoAndHasNoPager() {
        Document page = render(Locale.ENGLISH, channelPage(1, 0));

        assertThat(page.selectFirst("p.empty").text()).isEqualTo("Nothing here yet.");
        assertThat(page.select("nav.pager")).isEmpty();
        assertThat(page.select("a.teaser-title")).isEmpty();
    }

    @Test
    void titlesAreEscapedNotInterpretedAsMarkup() {
        Document page =
                render(Locale.ENGLISH, channelPage(1, 1, teaser("<script>x()</script>", "/news/2026/01/02/9.html")));

        assertThat(page.select("a.teaser-title script")).isEmpty();
        assertThat(page.selectFirst("a.teaser-title").text()).isEqualTo("<script>x()</script>");
    }

    private static ListPageModel channelPage(int pageNumber, long total, TeaserView... teasers) {
        return new ListPageModel(
                List.of(new Crumb("要闻", "/channel/news/"), new Crumb("本地", "/channel/news/local/")),
                "本地",
                null,
                List.of(new Crumb("港口", "/channel/news/local/harbour/")),
                new PageResult<>(List.of(teasers), pageNumber, 1, total),
                "/channel/news/local/",
                true);
    }

    private static TeaserView teaser(String title, String url) {
        return new TeaserView(null, title, url, "08:00", "2026-01-02", "摘要", null);
    }

    private Document render(Locale locale, ListPageModel page) {
        return rendering.render("site/list.jte", locale, page.heading(), page.pageBaseUrl(), page);
    }
}
