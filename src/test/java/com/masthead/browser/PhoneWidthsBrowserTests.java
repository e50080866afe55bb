package com.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.ContentFixtures.PrintPage;
import com.masthead.support.browser.BrowserSiteTest;
import com.masthead.support.browser.PhoneScreen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every family of public page at the widths of common phones (360, 390 and 414 CSS pixels): nothing scrolls
 * sideways, the header's brand, search box and language switch never overlap, the site name stays on one line,
 * the search box is on screen, and every navigation link and button is at least 24 by 24 pixels (WCAG 2.2, 2.5.8).
 */
class PhoneWidthsBrowserTests extends BrowserSiteTest {

    private static final int[] WIDTHS = {360, 390, 414};

    private PhoneScreen phone;

    @AfterEach
    void putThePhoneDown() {
        if (phone != null) {
            phone.putDown();
        }
    }

    @Test
    void everyPublicPageFitsPhoneWidthsWithAHeaderThatDoesNotBreak() {
        List<String> pages = publicPages();
        List<String> problems = new ArrayList<>();

        for (int width : WIDTHS) {
            phone = PhoneScreen.of(browser, width);
            for (String page : pages) {
                problems.addAll(phone.problems(page));
            }
        }

        assertThat(problems).isEmpty();
    }

    /** One page of each family readers reach, with content of its own (long names, as real ones are). */
    private List<String> publicPages() {
        JsonNode channel = fixtures().channel("城市建设与社区生活", null);
        JsonNode series = fixtures().series("老城区更新改造系列报道");
        PrintPage print = fixtures().printPage("手机读者报", LocalDate.of(2026, 3, 12), 1, "要闻");
        JsonNode article = fixtures()
                .article(channel.get("id").asLong())
                .set("title", "老城区更新改造项目今年启动，涉及十二条街巷和三千余户居民的出行与生活")
                .set("subtitle", "市住建局：改造期间设临时通道，公交线路同步调整")
                .set("seriesId", series.get("id").asLong())
                .set("seriesPart", 1)
                .set("pageId", print.pageId())
                .set(
                        "body",
                        "<p>记者从市住建局获悉，老城区更新改造项目今年启动。</p><p>改造分三期进行，"
                                + "https://example.test/a/very/long/address/that/must/not/push/the/page/sideways/at/all</p>")
                .publish();
        String articlePath = article.get("url").asString().replaceFirst("^https?://[^/]+", "");
        String articleBase = articlePath.replaceFirst("\\.html$", "");
        return List.of(
                "/",
                channel.get("url").asString().replaceFirst("^https?://[^/]+", ""),
                articlePath,
                "/series/" + series.get("slug").asString() + "/",
                "/search?q=" + "老城区",
                "/corrections/new?article=" + article.get("id").asLong(),
                "/corrections/",
                "/corrections/status",
                "/reprints/new?article=" + article.get("id").asLong(),
                articleBase + "/comments",
                articleBase + "/comments/new",
                "/paper/" + print.newspaperSlug() + "/",
                print.pageUrl(),
                "/sitemap.html",
                "/news/2020/01/01/999999999.html");
    }
}
