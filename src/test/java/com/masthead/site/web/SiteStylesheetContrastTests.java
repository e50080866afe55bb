package com.masthead.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text colours of the public stylesheet against the backgrounds they are drawn on reach WCAG AA (4.5:1 for body
 * text), read from the stylesheet itself: custom properties are resolved, and every rule that sets a text colour
 * is checked against its own background, the footer's for footer rules, white otherwise.
 */
class SiteStylesheetContrastTests {

    private static final Pattern PROPERTY = Pattern.compile("(--[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{3,6})\\s*;");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    private final String css = stylesheet().replaceAll("(?s)/\\*.*?\\*/", "");
    private final Map<String, String> properties = properties(css);

    @Test
    void mutedTextReadsOnWhiteAndOnTheFooter() {
        String footer = colour(declaration(".site-footer", "background"));

        assertThat(ratio(properties.get("--muted"), "#fff")).isGreaterThanOrEqualTo(4.5);
        assertThat(ratio(colour(declaration(".site-footer", "color")), footer)).isGreaterThanOrEqualTo(4.5);
        assertThat(ratio(colour(declaration(".search-result-meta", "color")), "#fff"))
                .isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void everyTextColourOutsideTheRedHeaderReachesFourAndAHalfToOne() {
        String footer = colour(declaration(".site-footer", "background"));
        List<String> failing = new ArrayList<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            String selector = rule.group(1).strip();
            Map<String, String> body = declarations(rule.group(2));
            String text = colour(body.get("color"));
            if (text == null || selector.startsWith("@") || text.equals("#ffffff")) {
                continue; // white text sits on the red header, bar and buttons
            }
            String background = colour(body.getOrDefault("background", body.get("background-color")));
            if (background == null) {
                background = selector.contains("footer") ? footer : "#ffffff";
            }
            double ratio = ratio(text, background);
            if (ratio < 4.5) {
                failing.add(selector + ": " + text + " on " + background + " = " + String.format("%.2f", ratio));
            }
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void theCurrentBreadcrumbIsMarkedByMoreThanColour() {
        String weight = declaration(".breadcrumb a[aria-current=\"page\"]", "font-weight");
        String decoration = declaration(".breadcrumb a", "text-decoration");

        assertThat(Integer.parseInt(weight)).isGreaterThanOrEqualTo(700);
        assertThat(decoration).startsWith("underline");
    }

    static double ratio(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        String h = expand(hex).substring(1);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(i * 2, i * 2 + 2), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String expand(String hex) {
        String h = hex.toLowerCase();
        return h.length() == 4
                ? "#" + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2) + h.charAt(3) + h.charAt(3)
                : h;
    }

    /** The hex colour of a declaration's value, custom properties resolved; null for anything else. */
    private String colour(String value) {
        if (value == null) {
            return null;
        }
        Matcher variable = Pattern.compile("^var\\((--[a-z-]+)\\)").matcher(value.strip());
        String v = variable.find() ? properties.get(variable.group(1)) : value.strip();
        return v != null && v.matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}") ? expand(v) : null;
    }

    private String declaration(String selector, String property) {
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            if (rule.group(1).strip().equals(selector)) {
                String value = declarations(rule.group(2)).get(property);
                if (value != null) {
                    return value;
                }
            }
        }
        throw new AssertionError("no " + property + " in a rule " + selector);
    }

    private static Map<String, String> declarations(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String d : body.split(";")) {
            int colon = d.indexOf(':');
            if (colon > 0) {
                out.put(d.substring(0, colon).strip(), d.substring(colon + 1).strip());
            }
        }
        return out;
    }

    private static Map<String, String> properties(String css) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = PROPERTY.matcher(css);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static String stylesheet() {
        try (InputStream in = SiteStylesheetContrastTests.class.getResourceAsStream("/static/assets/site.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
