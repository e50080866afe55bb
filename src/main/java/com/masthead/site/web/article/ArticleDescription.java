package com.masthead.site.web.article;

import com.masthead.article.ArticleContent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-sentence description of an article for search engines and link previews (meta description, OpenGraph,
 * Twitter card and JSON-LD alike): the summary, else the subtitle, else the text of the body's first paragraph
 * that has any, cut at {@link #MAX_CHARACTERS} characters; the title only when the body has no text paragraph.
 */
final class ArticleDescription {

    static final int MAX_CHARACTERS = 120;

    private static final Pattern PARAGRAPH = Pattern.compile("(?s)<p(?:\\s[^>]*)?>(.*?)</p>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-z]{2,6});");

    private ArticleDescription() {}

    static String of(ArticleContent c) {
        if (c.summary() != null && !c.summary().isBlank()) {
            return c.summary();
        }
        if (c.subtitle() != null && !c.subtitle().isBlank()) {
            return c.subtitle();
        }
        Matcher paragraph = PARAGRAPH.matcher(c.body() == null ? "" : c.body());
        while (paragraph.find()) {
            String text = text(paragraph.group(1));
            if (!text.isEmpty()) {
                return text.codePointCount(0, text.length()) <= MAX_CHARACTERS
                        ? text
                        : text.substring(0, text.offsetByCodePoints(0, MAX_CHARACTERS - 1)) + "…";
            }
        }
        return c.title();
    }

    private static String text(String html) {
        String text = ENTITY.matcher(TAG.matcher(html).replaceAll(""))
                .replaceAll(m -> Matcher.quoteReplacement(
                        switch (m.group(1)) {
                            case "amp" -> "&";
                            case "lt" -> "<";
                            case "gt" -> ">";
                            case "quot" -> "\"";
                            case "nbsp" -> " ";
                            default ->
                                m.group(1).startsWith("#")
                                        ? character(m.group(1).substring(1))
                                        : "";
                        }));
        return text.replaceAll("[\\s\\u3000]+", " ").strip();
    }

    private static String character(String code) {
        int c = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
        return Character.isValidCodePoint(c) ? Character.toString(c) : "";
    }
}
