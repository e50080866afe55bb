package com.masthead.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The staff queues that readers' forms feed: comments to moderate, correction requests, reprint requests. */
public final class StaffQueues {

    private StaffQueues() {}

    /** {@code /admin/comments}: comments waiting for a decision (pending by default). */
    public static final class CommentQueuePage extends StaffScreen {

        CommentQueuePage(Browser browser) {
            super(browser);
            browser.await(d -> browser.path().startsWith("/admin/comments"));
            browser.visible(By.tagName("main"));
            browser.keyScreen("comment-queue");
        }

        /** Narrows the queue to the comments on one article, as a moderator does through the filter form. */
        public CommentQueuePage onArticle(long articleId) {
            WebElement filter = browser.visible(By.xpath("//form[@role='search' and @aria-label="
                    + Browser.literal(browser.text("comments.admin.filter")) + "]"));
            WebElement field = browser.field(filter, browser.text("comments.admin.article-id"));
            field.clear();
            field.sendKeys(String.valueOf(articleId));
            browser.submit(browser.button(filter, browser.text("comments.admin.apply")));
            return new CommentQueuePage(browser);
        }

        /** One line of text per queued comment (nickname, time, text, article, state, sender). */
        public List<String> rows() {
            return browser.driver().findElements(By.cssSelector("main table tbody tr")).stream()
                    .map(WebElement::getText)
                    .toList();
        }
    }

    /** {@code /admin/corrections} and {@code /admin/reprints}: numbered tickets, newest work first. */
    public static final class TicketQueuePage extends StaffScreen {

        TicketQueuePage(Browser browser, String path) {
            super(browser);
            browser.await(d -> browser.path().startsWith(path));
            browser.visible(By.tagName("main"));
            browser.keyScreen("ticket-queue");
        }

        /** The row of ticket {@code number} as staff read it (number, article, requester, status, …). */
        public String row(String number) {
            List<WebElement> rows = browser.driver()
                    .findElements(By.xpath(
                            "//main//table//tr[td[1]//a[normalize-space(.)=" + Browser.literal(number) + "]]"));
            if (rows.isEmpty()) {
                throw new AssertionError("ticket " + number + " is not in the queue at " + browser.path());
            }
            return rows.get(0).getText();
        }
    }
}
