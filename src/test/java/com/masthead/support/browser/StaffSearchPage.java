package com.masthead.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /admin/search}: full-text search over articles in every state, with filters. */
public final class StaffSearchPage extends StaffScreen {

    StaffSearchPage(Browser browser) {
        super(browser);
        browser.await(d -> browser.path().startsWith("/admin/search"));
        browser.field(browser.text("search.staff.q"));
        browser.keyScreen("staff-search");
    }

    /** Fills in the text, picks a status by its label (or any), and submits; returns the results page. */
    public StaffSearchPage search(String text, String statusLabel) {
        WebElement q = browser.field(browser.text("search.staff.q"));
        q.clear();
        q.sendKeys(text);
        Select status = new Select(browser.field(browser.text("search.staff.status")));
        if (statusLabel == null) {
            status.selectByIndex(0);
        } else {
            status.selectByVisibleText(statusLabel);
        }
        browser.submit(browser.button(browser.text("search.staff.submit")));
        return new StaffSearchPage(browser);
    }

    /** The result titles as shown, best first. */
    public List<String> resultTitles() {
        return browser.driver().findElements(By.cssSelector(".staff-result-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The highlighted words in the result titles and passages. */
    public List<String> marked() {
        return browser.driver().findElements(By.cssSelector(".bo-results mark")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The line saying how many were found (or that none were). */
    public String outcome() {
        return browser.messages();
    }

    public ReviewPage open(String title) {
        browser.follow(browser.link(browser.driver(), title));
        return new ReviewPage(browser);
    }
}
