package com.masthead.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /admin/}: the staff member's work — waiting for my review, sent back to me, my drafts, … */
public final class DashboardPage extends StaffScreen {

    DashboardPage(Browser browser) {
        super(browser);
        browser.await(d -> browser.path().equals("/admin/"));
        queueSection();
        browser.keyScreen("dashboard");
    }

    public static DashboardPage open(Browser browser) {
        browser.open("/admin/");
        return new DashboardPage(browser);
    }

    /** Titles waiting for my review, oldest first. */
    public List<String> waitingForMyReview() {
        return titles(queueSection());
    }

    /** Titles sent back to me. */
    public List<String> sentBackToMe() {
        return titles(sentBackSection());
    }

    /** The count shown in the heading of "sent back to me". */
    public String sentBackCount() {
        return sentBackSection().findElement(By.cssSelector(".bo-count")).getText();
    }

    /** The row of an article in "sent back to me" as the author reads it (title, reason, channel, state). */
    public String sentBackRow(String title) {
        return row(sentBackSection(), title).getText();
    }

    public ReviewPage openForReview(String title) {
        browser.follow(browser.link(queueSection(), title));
        return new ReviewPage(browser);
    }

    public ReviewPage openSentBack(String title) {
        browser.follow(browser.link(sentBackSection(), title));
        return new ReviewPage(browser);
    }

    private WebElement queueSection() {
        return browser.section(browser.text("newsroom.dashboard.queue"));
    }

    private WebElement sentBackSection() {
        return browser.section(browser.text("newsroom.dashboard.sent-back"));
    }

    private WebElement row(WebElement section, String title) {
        return section.findElement(By.xpath(".//tr[.//a[normalize-space(.)=" + Browser.literal(title) + "]]"));
    }

    private static List<String> titles(WebElement section) {
        return section.findElements(By.cssSelector("tbody tr td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
