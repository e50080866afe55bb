package com.masthead.support.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A public page seen on a phone: the browser's viewport is set to a phone's width (CSS pixels, a touch screen with
 * the page's viewport meta honoured, as Chromium's device emulation does), and the page's layout is measured from
 * the DOM. {@link #problems()} names everything a reader would trip over.
 */
public final class PhoneScreen {

    private static final String MEASURE = """
            const problems = [];
            const width = window.innerWidth;
            const doc = document.documentElement;
            if (doc.scrollWidth > width) problems.push('scrolls sideways: ' + doc.scrollWidth + ' > ' + width);
            const box = sel => { const e = document.querySelector(sel); return e ? e.getBoundingClientRect() : null; };
            const headerBoxes = ['.brand', '.site-search', '.language-switch']
              .map(sel => [sel, box(sel)]).filter(([s, r]) => r && r.width > 0 && r.height > 0);
            for (let i = 0; i < headerBoxes.length; i++) {
              for (let j = i + 1; j < headerBoxes.length; j++) {
                const [a, ra] = headerBoxes[i], [b, rb] = headerBoxes[j];
                const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
                const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
                if (w > 0.5 && h > 0.5) problems.push('header boxes overlap: ' + a + ' and ' + b);
              }
            }
            const name = document.querySelector('.brand-name');
            if (name) {
              const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
              const r = name.getBoundingClientRect();
              if (r.height > lineHeight * 1.5) problems.push('site name wraps: ' + Math.round(r.height) + 'px high');
              if (r.right > width) problems.push('site name runs off the screen');
            }
            const search = box('.site-search input');
            if (!search || search.width < 80 || search.right > width) problems.push('search box not reachable');
            const targets = document.querySelectorAll(
              '.site-header a, .site-header button, .site-header input, .main-nav a, main button, '
              + 'main input[type=submit], .footer-links a, .pager a');
            for (const t of targets) {
              const r = t.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (getComputedStyle(t).visibility === 'hidden') continue;
              if (r.width < 24 || r.height < 24) {
                problems.push('tap target ' + t.tagName.toLowerCase() + ' "' + (t.textContent || t.value || '').trim()
                  + '" is ' + Math.round(r.width) + 'x' + Math.round(r.height));
              }
            }
            return problems;
            """;

    private final Browser browser;
    private final int width;

    private PhoneScreen(Browser browser, int width) {
        this.browser = browser;
        this.width = width;
    }

    /** Makes {@code browser} a phone {@code width} CSS pixels wide until {@link #putDown()}. */
    public static PhoneScreen of(Browser browser, int width) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 780, "deviceScaleFactor", 2, "mobile", true));
        return new PhoneScreen(browser, width);
    }

    /** Opens {@code path} and answers what does not fit, each problem prefixed with the page and the width. */
    @SuppressWarnings("unchecked")
    public List<String> problems(String path) {
        browser.open(path);
        browser.await(d -> "complete".equals(browser.script("return document.readyState")));
        browser.keyScreen(width + path.replaceAll("[^A-Za-z0-9]+", "_"));
        List<Object> problems = new ArrayList<>((List<Object>) browser.script(MEASURE));
        long viewport = ((Number) browser.script("return window.innerWidth")).longValue();
        if (viewport != width) {
            // wider content makes a phone lay the page out wider and shrink it: small text, sideways panning
            problems.add("laid out " + viewport + " px wide, not at the phone's width");
        }
        return problems.stream()
                .map(problem -> path + " @" + width + "px: " + problem)
                .toList();
    }

    /** Gives the browser its desktop size back. */
    public void putDown() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
