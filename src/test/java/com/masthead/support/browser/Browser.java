package com.masthead.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium window on the application under test, with the few moves the page objects are built from: find a
 * field by its label, a button or link by its visible text, a section by its heading (texts come from the
 * application's own message bundles, Chinese by default), submit a form and wait for the next page, and remember
 * each key screen so a failing test can show how it got there.
 */
public final class Browser {

    private static final boolean TRAIL = !"false".equals(System.getProperty("browser.trail"));

    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("browser.timeout", 30));

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Texts texts;
    private final List<KeyScreen> trail = new ArrayList<>();

    Browser(ChromeDriver driver, String baseUrl, Texts texts) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.texts = texts;
    }

    /** A screen a test reached, captured in memory; written out only when the test fails. */
    record KeyScreen(String name, String url, byte[] png) {}

    public WebDriver driver() {
        return driver;
    }

    /** The UI text of a message key, as the application renders it for Chinese readers. */
    public String text(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** The path (and query) of the current page, without the server part. */
    public String path() {
        String current = driver.getCurrentUrl();
        return current != null && current.startsWith(baseUrl) ? current.substring(baseUrl.length()) : current;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /** Waits until {@code condition} gives a value (not null, not false); a page being replaced meanwhile is retried. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    public WebElement visible(By locator) {
        return await(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The form control labelled {@code label} (its {@code <label for>} or the label around it) in a scope. */
    public WebElement field(SearchContext scope, String label) {
        // Required fields carry " *" after their label text.
        By byLabel = By.xpath(".//label[normalize-space(.)=" + literal(label) + " or normalize-space(.)="
                + literal(label + " *") + "]");
        WebElement found = await(d -> scope.findElements(byLabel).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        String target = found.getDomAttribute("for");
        return target != null
                ? driver.findElement(By.id(target))
                : found.findElement(By.xpath(".//input|.//select|.//textarea"));
    }

    public WebElement field(String label) {
        return field(driver, label);
    }

    /** The button showing exactly {@code text} in a scope. */
    public WebElement button(SearchContext scope, String text) {
        By locator = By.xpath(".//button[normalize-space(.)=" + literal(text) + "]");
        return await(d -> scope.findElements(locator).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    public WebElement button(String text) {
        return button(driver, text);
    }

    /** The link showing exactly {@code text} in a scope. */
    public WebElement link(SearchContext scope, String text) {
        By locator = By.xpath(".//a[normalize-space(.)=" + literal(text) + "]");
        return await(d -> scope.findElements(locator).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    /** The section labelled by a heading that starts with {@code heading} (headings may carry a count). */
    public WebElement section(String heading) {
        return visible(
                By.xpath("//section[@aria-labelledby = //*[self::h2 or self::h3][starts-with(normalize-space(.), "
                        + literal(heading) + ")]/@id]"));
    }

    /** Elements with the ARIA role {@code alert} or {@code status} (the page's messages to the user). */
    public String messages() {
        return driver.findElements(By.cssSelector("[role=alert], [role=status]")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b)
                .strip();
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    public void submit(WebElement button) {
        clickThrough(button);
    }

    /** Follows a link and waits until the next page has replaced this one. */
    public void follow(WebElement link) {
        clickThrough(link);
    }

    /** Sends a key chord to an element (a keyboard shortcut that submits) and waits for the next page. */
    public void pressThrough(WebElement element, CharSequence keys) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.sendKeys(keys);
        await(d -> replaced(page));
        await(d -> "complete".equals(script("return document.readyState")));
    }

    private void clickThrough(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        await(d -> replaced(page));
        await(d -> "complete".equals(script("return document.readyState")));
    }

    /**
     * True once {@code element}'s document has been replaced. Chromium sometimes reports an element of the page
     * being unloaded as "does not belong to the document" instead of stale; both mean the old page is gone.
     */
    static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Sends every following request as coming from {@code address} ({@code X-Forwarded-For}, which the application
     * believes from loopback as from a trusted proxy): readers' rate limits count per address, and the tests of
     * one run share the server, so each reader here gets an address of its own. Until the next test.
     */
    public void comeFrom(String address) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    /** Lays pages out as a phone {@code width} CSS pixels wide (device pixel ratio 2) until {@link #stopPhone}. */
    public void emulatePhone(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 780, "deviceScaleFactor", 2, "mobile", true));
    }

    public void stopPhone() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * The elements that reach past the window's right edge (the reader would have to scroll sideways), as {@code
     * tag.class right-edge}; empty when the page fits.
     */
    public String widerThanWindow() {
        return String.valueOf(script("var w = document.documentElement.clientWidth, out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   var r = e.getBoundingClientRect();"
                + "   if (r.right > w + 0.5) out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.right));"
                + " });"
                + " return document.documentElement.scrollWidth > w ? out.slice(0, 12).join(', ') : '';"));
    }

    /**
     * Captures the current screen as one step of the test's path, kept in memory until the test ends (a few hundred
     * milliseconds on a loaded machine; {@code -Dbrowser.trail=false} turns it off).
     */
    public void keyScreen(String name) {
        if (TRAIL) {
            trail.add(new KeyScreen(name, driver.getCurrentUrl(), driver.getScreenshotAs(OutputType.BYTES)));
        }
    }

    /** Saves what the window shows now as {@code target/screenshots/<name>.png}, for a person to look at. */
    public Path saveScreenshot(String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Whether the browser shows a page of the application (one left on its blank page has nothing to show). */
    boolean showsTheApplication() {
        String current = driver.getCurrentUrl();
        return current != null && current.startsWith(baseUrl);
    }

    List<KeyScreen> trail() {
        return List.copyOf(trail);
    }

    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    String pageSource() {
        return driver.getPageSource();
    }

    /** Forgets the previous test: cookies of every site, extra windows, the trail. */
    void reset() {
        trail.clear();
        List<String> handles = new ArrayList<>(driver.getWindowHandles());
        for (int i = 1; i < handles.size(); i++) {
            driver.switchTo().window(handles.get(i)).close();
        }
        driver.switchTo().window(handles.get(0));
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        driver.get("about:blank");
    }

    void quit() {
        driver.quit();
    }

    /** An XPath string literal for any text (XPath 1.0 has no escape for quotes, hence concat). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
