package com.masthead.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A published article on the public site, as a reader sees it. */
public final class PublicArticlePage {

    private final Browser browser;

    PublicArticlePage(Browser browser) {
        this.browser = browser;
        browser.visible(By.cssSelector("article h1"));
        browser.keyScreen("public-article");
    }

    public static PublicArticlePage open(Browser browser, String path) {
        browser.open(path);
        return new PublicArticlePage(browser);
    }

    public String title() {
        return browser.visible(By.cssSelector("article h1")).getText();
    }

    /** The words the body shows in bold. */
    public List<String> boldWords() {
        return browser.driver().findElements(By.cssSelector("article .article-body :is(b, strong)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String bodyText() {
        return browser.visible(By.cssSelector("article .article-body")).getText();
    }

    /** The responsible-editor line under the article ("（责任编辑：…）"). */
    public String responsibleEditorLine() {
        return browser.visible(By.cssSelector("article .responsible-editor")).getText();
    }

    /** Whether the lead picture is on the page and has actually loaded (decoded with a width). */
    public boolean leadPictureLoaded() {
        List<WebElement> pictures = browser.driver().findElements(By.cssSelector("article figure img"));
        if (pictures.isEmpty()) {
            return false;
        }
        WebElement picture = pictures.get(0);
        browser.await(d -> Boolean.TRUE.equals(browser.script("return arguments[0].complete", picture)));
        Object width = browser.script("return arguments[0].naturalWidth", picture);
        return width instanceof Number n && n.intValue() > 0;
    }

    /** The caption line of the first picture in the body, credit included. */
    public String bodyPictureCaption() {
        return browser.visible(By.cssSelector("article .article-body figure figcaption"))
                .getText();
    }

    public String bodyPictureCredit() {
        return browser.visible(By.cssSelector("article .article-body figure figcaption .credit"))
                .getText();
    }

    /** Whether the first picture in the body has loaded (decoded with a width) from one of its variants. */
    public boolean bodyPictureLoaded() {
        WebElement picture = browser.visible(By.cssSelector("article .article-body figure img"));
        browser.await(d -> Boolean.TRUE.equals(browser.script("return arguments[0].complete", picture)));
        Object width = browser.script("return arguments[0].naturalWidth", picture);
        Object current = browser.script("return arguments[0].currentSrc", picture);
        return width instanceof Number n
                && n.intValue() > 0
                && String.valueOf(current).contains("/media/");
    }

    /** The comment form under the article. */
    public ReaderForms.CommentForm commentForm() {
        return new ReaderForms.CommentForm(browser);
    }

    /** Follows the article's "found a mistake?" link to the correction request form. */
    public ReaderForms.CorrectionRequestPage reportAnError() {
        browser.follow(browser.link(browser.driver(), browser.text("site.article.report-error")));
        return new ReaderForms.CorrectionRequestPage(browser);
    }

    /** Follows the article's reprint-licence link to the reprint request form. */
    public ReaderForms.ReprintRequestPage askForAReprintLicence() {
        browser.follow(browser.link(browser.driver(), browser.text("site.article.reprint-licence")));
        return new ReaderForms.ReprintRequestPage(browser);
    }

    /** The print panel (刊发版面) beside a printed article. */
    public WebElement printPanel() {
        return browser.visible(By.xpath("//aside[@aria-labelledby = //h2[normalize-space(.) = '"
                + browser.text("site.article.print-panel") + "']/@id]"));
    }

    /** The lead picture's alternative text. */
    public String leadPictureAlt() {
        return browser.visible(By.cssSelector("article figure img")).getDomAttribute("alt");
    }

    /** The lead picture's address. */
    public String leadPictureSource() {
        return browser.visible(By.cssSelector("article figure img")).getDomAttribute("src");
    }
}
