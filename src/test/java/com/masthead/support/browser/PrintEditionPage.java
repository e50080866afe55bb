package com.masthead.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A page view of the digital edition (版面): the page image with its areas, 版面导航, 上一版/下一版. */
public final class PrintEditionPage {

    private final Browser browser;

    PrintEditionPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.cssSelector("svg.print-areas"));
        browser.keyScreen("print-page");
    }

    public static PrintEditionPage open(Browser browser, String path) {
        browser.open(path);
        return new PrintEditionPage(browser);
    }

    /** Goes back in the browser's history from the page this one led to. */
    public static PrintEditionPage back(Browser browser) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        browser.driver().navigate().back();
        browser.await(d -> Browser.replaced(page));
        return new PrintEditionPage(browser);
    }

    /** Presses Enter on an area that has the keyboard focus and lands on the article. */
    public PublicArticlePage activateWithEnter(WebElement area) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        area.sendKeys(Keys.ENTER);
        browser.await(d -> Browser.replaced(page));
        return new PublicArticlePage(browser);
    }

    /** The page's title as its heading shows it (label and name). */
    public String pageTitle() {
        return browser.visible(By.cssSelector("h1 .print-page-title")).getText();
    }

    /** Follows 下一版. */
    public PrintEditionPage nextPage() {
        browser.follow(browser.link(browser.driver(), browser.text("site.paper.next-page")));
        return new PrintEditionPage(browser);
    }

    /** The clickable area whose accessible name is the article's title. */
    public WebElement area(String title) {
        return browser.await(d -> d.findElements(By.cssSelector("svg.print-areas a")).stream()
                .filter(a -> title.equals(a.getDomAttribute("aria-label")))
                .findFirst()
                .orElse(null));
    }

    /** Clicks the area with the mouse and lands on the article. */
    public PublicArticlePage clickArea(String title) {
        browser.follow(area(title));
        return new PublicArticlePage(browser);
    }

    /** The computed fill of an area's polygon ("none" or a transparent colour when it is not highlighted). */
    public String areaFill(WebElement area) {
        return String.valueOf(
                browser.script("return getComputedStyle(arguments[0].querySelector('polygon')).fill", area));
    }

    /** Whether the list of the page's articles is laid out above the page image (text first, as on phones). */
    public boolean articlesAboveImage() {
        return Boolean.TRUE.equals(
                browser.script("return document.querySelector('ol.page-articles').getBoundingClientRect().bottom"
                        + " <= document.querySelector('img.print-page-image').getBoundingClientRect().top"));
    }

    /** The rendered width of the page image, in CSS pixels. */
    public long imageWidth() {
        return ((Number)
                        browser.script(
                                "return Math.round(document.querySelector('img.print-page-image').getBoundingClientRect().width)"))
                .longValue();
    }

    /** The titles of the page's articles, in print order. */
    public List<String> articleTitles() {
        return browser.driver().findElements(By.cssSelector("ol.page-articles > li > a:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
