package com.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.edition.Newspaper;
import com.masthead.edition.NewspaperIssue;
import com.masthead.edition.NewspaperPage;
import com.masthead.epaper.EpaperTestData;
import com.masthead.epaper.Polygon;
import com.masthead.support.ContentFixtures;
import com.masthead.support.browser.BrowserSiteTest;
import com.masthead.support.browser.Keyboard;
import com.masthead.support.browser.PrintEditionPage;
import com.masthead.support.browser.PublicArticlePage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A reader of the digital edition: opens the newspaper (its latest issue), turns to the next page, clicks an area
 * and lands on the article, goes back, reaches an area with Tab (highlighted while focused) and opens it with
 * Enter, and finds the article's print panel with its page thumbnail, its area highlighted and the way back.
 */
class PrintEditionBrowserTests extends BrowserSiteTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void aReaderTurnsPagesAndOpensArticlesFromTheirAreasWithMouseAndKeyboard() {
        EpaperTestData e = new EpaperTestData(context);
        Newspaper paper = e.newspaper("浏览器测试报", ContentFixtures.unique("b"));
        e.issue(paper.id(), LocalDate.of(2026, 11, 30)); // an older issue: the newspaper opens on the newer one
        NewspaperIssue issue = e.issue(paper.id(), LocalDate.of(2026, 12, 1));
        NewspaperPage first = e.page(issue.id(), 1, "要闻", "A01");
        NewspaperPage second = e.page(issue.id(), 2, "经济", "A02");
        long channel = fixtures().channel("数字报浏览", null).get("id").asLong();
        long front = article(channel, "港区新航线首航", first);
        long market = article(channel, "冬季蔬菜价格平稳", second);
        long harvest = article(channel, "晚稻收割进入尾声", second);
        e.pagePdf(first.id(), "港区新航线首航");
        e.pagePdf(second.id(), "冬季蔬菜价格平稳 晚稻收割进入尾声");
        e.area(first.id(), front, Polygon.rectangle(30, 40, 540, 300), 1);
        e.area(second.id(), market, Polygon.rectangle(30, 40, 540, 380), 1);
        e.area(second.id(), harvest, Polygon.rectangle(30, 460, 540, 380), 2);
        e.placement(market, second.id(), 1, false);
        e.placement(harvest, second.id(), 2, false);
        String secondPage = "/paper/" + paper.slug() + "/2026-12-01/2/";

        PrintEditionPage latest = PrintEditionPage.open(browser, paper.url());
        assertThat(latest.pageTitle()).isEqualTo("A01版：要闻");
        assertThat(latest.articlesAboveImage())
                .as("side by side on a wide screen")
                .isFalse();
        browser.emulatePhone(360);
        try {
            PrintEditionPage phone = PrintEditionPage.open(browser, paper.url());
            assertThat(browser.widerThanWindow())
                    .as("elements wider than 360 px")
                    .isEmpty();
            assertThat(phone.articlesAboveImage()).as("text first on a phone").isTrue();
            assertThat(phone.imageWidth()).isLessThan(360);
        } finally {
            browser.stopPhone();
        }
        latest = PrintEditionPage.open(browser, paper.url());

        PrintEditionPage economy = latest.nextPage();
        assertThat(browser.path()).isEqualTo(secondPage);
        assertThat(economy.articleTitles()).containsExactly("冬季蔬菜价格平稳", "晚稻收割进入尾声");

        PublicArticlePage clicked = economy.clickArea("晚稻收割进入尾声");
        assertThat(clicked.title()).isEqualTo("晚稻收割进入尾声");

        PrintEditionPage again = PrintEditionPage.back(browser);
        WebElement area = again.area("冬季蔬菜价格平稳");
        assertThat(again.areaFill(area))
                .as("not highlighted before it has the focus")
                .isIn("none", "transparent", "rgba(0, 0, 0, 0)");
        new Keyboard(browser).tabTo(area, 80);
        assertThat(again.areaFill(area))
                .as("highlighted while focused")
                .isNotIn("none", "transparent", "rgba(0, 0, 0, 0)");
        PublicArticlePage keyed = again.activateWithEnter(area);
        assertThat(keyed.title()).isEqualTo("冬季蔬菜价格平稳");

        WebElement panel = keyed.printPanel();
        assertThat(panel.findElement(By.cssSelector("img")).getDomAttribute("src"))
                .endsWith("-w480.jpg");
        List<WebElement> highlighted = panel.findElements(By.cssSelector("svg polygon.this-article"));
        assertThat(highlighted).hasSize(1);
        assertThat(highlighted.get(0).getSize().getHeight()).isPositive();
        WebElement back = panel.findElement(By.cssSelector("a.print-page-link"));
        assertThat(back.getText()).isEqualTo(browser.text("site.article.print-panel.back", "A02版"));
        assertThat(panel.findElement(By.cssSelector("a[rel=next]")).getText()).isEqualTo("晚稻收割进入尾声");
        browser.follow(back);
        assertThat(browser.path()).isEqualTo(secondPage);
    }

    private long article(long channel, String title, NewspaperPage page) {
        return fixtures()
                .article(channel)
                .set("title", title)
                .set("pageId", page.id())
                .publish()
                .get("id")
                .asLong();
    }
}
