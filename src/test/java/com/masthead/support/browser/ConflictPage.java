package com.masthead.support.browser;

import org.openqa.selenium.By;

/** The conflict screen shown instead of the editor when a save was based on a version someone else replaced. */
public final class ConflictPage extends StaffScreen {

    ConflictPage(Browser browser) {
        super(browser);
        browser.visible(By.xpath("//main/h2[normalize-space(.)="
                + Browser.literal(browser.text("newsroom.conflict.differences")) + "]"));
        browser.keyScreen("conflict");
    }

    /** The page's heading. */
    public String heading() {
        return browser.visible(By.cssSelector("main h1")).getText();
    }

    /** The explanation and the table of differences, as read on screen. */
    public String text() {
        return browser.visible(By.tagName("main")).getText();
    }

    /** The saved version's value and mine for one field (by its label), from the differences table. */
    public String[] field(String labelKey) {
        var row = browser.visible(By.xpath("//main//table//tr[th[@scope='row' and normalize-space(.)="
                + Browser.literal(browser.text(labelKey)) + "]]"));
        var cells = row.findElements(By.tagName("td"));
        return new String[] {cells.get(0).getText(), cells.get(1).getText()};
    }

    /** "Save my version": re-posts my values on top of the newer version; back in the editor. */
    public EditorPage keepMine() {
        browser.submit(browser.button(browser.text("newsroom.conflict.keep-mine")));
        return new EditorPage(browser);
    }
}
