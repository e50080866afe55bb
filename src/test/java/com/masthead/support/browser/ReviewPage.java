package com.masthead.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code /admin/articles/{id}}: the review screen — facts, machine pre-check, changes since the last sign-off,
 * approve or send back, publishing, history.
 */
public final class ReviewPage extends StaffScreen {

    ReviewPage(Browser browser) {
        super(browser);
        browser.await(d -> browser.path().matches("/admin/articles/\\d+(\\?.*)?"));
        fact("newsroom.list.state");
        browser.keyScreen("review");
    }

    public static ReviewPage open(Browser browser, long articleId) {
        browser.open("/admin/articles/" + articleId);
        return new ReviewPage(browser);
    }

    /** The article's title as the page shows it. */
    public String title() {
        return browser.visible(By.cssSelector("main h2")).getText();
    }

    /** Where the working copy stands ("草稿", "待初审", …). */
    public String reviewState() {
        return fact("newsroom.list.state");
    }

    /** What readers see ("未发布", "已发布", …). */
    public String publicationStatus() {
        return fact("newsroom.list.status");
    }

    public String responsibleEditor() {
        return fact("article.field.responsible-editor");
    }

    /** The public address of a published article, as linked from the facts. */
    public String publicPath() {
        String href = browser.driver()
                .findElement(By.xpath(factXpath("newsroom.review.public-url") + "//a"))
                .getDomAttribute("href");
        return href.replaceFirst("^https?://[^/]+", "");
    }

    /** Approves at the level the article is waiting for. */
    public ReviewPage approve() {
        browser.submit(browser.button(approveForm(), browser.text("newsroom.review.approve")));
        return new ReviewPage(browser);
    }

    /** The responsible editor the final approval will print, as filled in by the form. */
    public String responsibleEditorToApprove() {
        return browser.field(approveForm(), browser.text("article.field.responsible-editor"))
                .getDomProperty("value");
    }

    /** The final approval with "publish now" chosen. */
    public ReviewPage approveAndPublishNow() {
        WebElement now = browser.field(approveForm(), browser.text("newsroom.review.publish-now"));
        if (!now.isSelected()) {
            now.click();
        }
        return approve();
    }

    /** Sends the article back to its author with a reason. */
    public ReviewPage sendBack(String reason) {
        WebElement form = sendBackForm();
        WebElement field = browser.field(form, browser.text("newsroom.review.reason"));
        field.clear();
        field.sendKeys(reason);
        browser.submit(browser.button(form, browser.text("newsroom.review.send-back")));
        return new ReviewPage(browser);
    }

    /** The reason shown to the author of an article that was sent back. */
    public String sentBackReason() {
        return browser.visible(By.id("sent-back-reason")).getText();
    }

    /** Submits the current copy for review ("送审"). */
    public ReviewPage submitForReview() {
        browser.submit(browser.button(browser.text("newsroom.review.submit")));
        return new ReviewPage(browser);
    }

    public EditorPage edit() {
        browser.follow(browser.link(browser.driver(), browser.text("newsroom.review.edit")));
        return new EditorPage(browser);
    }

    /** The review history, one line per step. */
    public String history() {
        return browser.visible(By.xpath("//section[@aria-labelledby = //h2[normalize-space(.)="
                        + Browser.literal(browser.text("newsroom.review.history")) + "]/@id]//ol"))
                .getText();
    }

    private WebElement approveForm() {
        return browser.visible(By.cssSelector("form[action$='/approve']"));
    }

    private WebElement sendBackForm() {
        return browser.visible(By.cssSelector("form[action$='/send-back']"));
    }

    private String fact(String labelKey) {
        return browser.visible(By.xpath(factXpath(labelKey))).getText();
    }

    private String factXpath(String labelKey) {
        return "//dl/dt[normalize-space(.)=" + Browser.literal(browser.text(labelKey)) + "]/following-sibling::dd[1]";
    }
}
