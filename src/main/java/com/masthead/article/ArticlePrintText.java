package com.masthead.article;

import java.util.regex.Pattern;

/**
 * The words of an article in any status, for matching it against a printed page: its print page (or null), kicker,
 * title and subtitle (null when empty) and the body as plain text.
 */
public record ArticlePrintText(long id, Long pageId, String kicker, String title, String subtitle, String bodyText) {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h\\d|li|blockquote|figcaption|div)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#39);");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The words of a cleaned body: block ends become a space so that two paragraphs' words never join. */
    static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll(" ")).replaceAll("");
        text = ENTITY.matcher(text).replaceAll(m -> switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "nbsp" -> " ";
            default -> "'";
        });
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
