package com.masthead.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** {@code /admin/pages/{id}/areas}: the page with its areas, the list of areas and the area form. */
public final class AreaEditorPage extends StaffScreen {

    private final long pageId;

    AreaEditorPage(Browser browser, long pageId) {
        super(browser);
        this.pageId = pageId;
        browser.visible(By.cssSelector(".area-editor svg"));
        browser.await(d -> "complete".equals(browser.script("return document.readyState")));
        browser.keyScreen("area-editor");
    }

    public static AreaEditorPage open(Browser browser, long pageId) {
        browser.open("/admin/pages/" + pageId + "/areas");
        return new AreaEditorPage(browser, pageId);
    }

    /** Reaches the accept button of the area's row with Tab only and presses Enter. */
    public AreaEditorPage acceptWithTheKeyboard(long areaId) {
        WebElement accept =
                browser.driver().findElement(By.cssSelector("tr[data-area-id='" + areaId + "'] button.area-accept"));
        new Keyboard(browser).tabTo(accept, 60);
        WebElement html = browser.driver().findElement(By.tagName("html"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await(d -> isGone(html));
        return new AreaEditorPage(browser, pageId);
    }

    /**
     * Draws a rectangle with the mouse from {@code (x0, y0)} to {@code (x1, y1)}, fractions of the page's width and
     * height (keep them within about 0.25 of the middle: the page is scrolled to its middle), then picks the
     * article by its number and saves.
     */
    public AreaEditorPage drawRectangleFor(double x0, double y0, double x1, double y1, long articleId) {
        WebElement svg = browser.driver().findElement(By.cssSelector(".area-editor svg"));
        // the page is taller than the window: put its middle in view, where the offsets below are measured from
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", svg);
        int w = svg.getRect().getWidth();
        int h = svg.getRect().getHeight();
        new Actions(browser.driver())
                .moveToElement(svg, (int) (w * (x0 - 0.5)), (int) (h * (y0 - 0.5)))
                .clickAndHold()
                .moveByOffset((int) (w * (x1 - x0) / 2), (int) (h * (y1 - y0) / 2))
                .moveByOffset((int) (w * (x1 - x0) / 2), (int) (h * (y1 - y0) / 2))
                .release()
                .perform();
        browser.await(d -> !browser.field(browser.text("areas.polygon"))
                .getDomProperty("value")
                .isBlank());
        WebElement article = browser.field(browser.text("areas.article"));
        article.clear();
        article.sendKeys(String.valueOf(articleId));
        browser.submit(browser.button(browser.text("areas.save")));
        return new AreaEditorPage(browser, pageId);
    }

    /** The rows of the list of areas, as their text. */
    public List<String> rows() {
        return browser.driver().findElements(By.cssSelector("table.area-list tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The state column of an area's row. */
    public String stateOf(long areaId) {
        return browser.driver()
                .findElement(By.cssSelector("tr[data-area-id='" + areaId + "'] td:nth-child(6)"))
                .getText();
    }

    /** The polygons drawn on the page. */
    public int shapes() {
        return browser.driver()
                .findElements(By.cssSelector(".area-editor polygon"))
                .size();
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }
}
