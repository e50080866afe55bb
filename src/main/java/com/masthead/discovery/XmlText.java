package com.masthead.discovery;

/**
 * Text as XML 1.0 can carry it. Feeds and sitemaps print names and titles that were stored before input was
 * cleaned (or written by hand); a single NUL, escape or lone surrogate half among them would make the whole
 * document unwritable. Such characters are dropped here, at the last step, so that a stored value can never turn a
 * feed or sitemap into a 500.
 */
final class XmlText {

    private XmlText() {}

    /** {@code text} without the characters XML 1.0 forbids (Char production); null stays null. */
    static String legal(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            // a lone surrogate half comes back from codePointAt as itself, which allowed() refuses
            if (!allowed(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
