package com.masthead.support.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Moves through a page with the Tab key only, the way a keyboard user does, and reads where the focus is. */
public final class Keyboard {

    private final Browser browser;

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    /**
     * Presses Tab until {@code target} has the focus; fails after {@code maxPresses}, naming the elements the focus
     * passed through. Returns the number of presses.
     */
    public int tabTo(WebElement target, int maxPresses) {
        List<String> visited = new ArrayList<>();
        for (int presses = 1; presses <= maxPresses; presses++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            if (focused.equals(target)) {
                return presses;
            }
            visited.add(describe(focused));
        }
        throw new AssertionError(
                "Tab did not reach " + describe(target) + " in " + maxPresses + " presses; focus went " + visited);
    }

    /** The focused element's computed outline ("3px solid rgb(…)"), or "none" when focus is not drawn. */
    public String focusOutline(WebElement element) {
        Object style = browser.script(
                "var s = getComputedStyle(arguments[0]);"
                        + " return s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0"
                        + " ? 'none' : s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor;",
                element);
        return String.valueOf(style);
    }

    private String describe(WebElement element) {
        return String.valueOf(browser.script(
                "var e = arguments[0]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + ' \"' + (e.innerText || e.value || '').trim().slice(0, 20) + '\"';",
                element));
    }
}
