package com.masthead.shared;

import java.util.regex.Pattern;

/**
 * Cuts text for display without breaking a character: counts code points (so a rare CJK character or an emoji
 * outside the basic plane is never split in half) and ends a cut text with a single ellipsis character.
 */
public final class DisplayText {

    private static final String ELLIPSIS = "…";
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private DisplayText() {}

    public static String cut(String text, int maxCodePoints) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) <= maxCodePoints) {
            return trimmed;
        }
        int end = trimmed.offsetByCodePoints(0, Math.max(0, maxCodePoints - 1));
        return trimmed.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Makes user-typed single-line text safe to store and show: drops control characters and the bidirectional
     * override and isolate marks (which can make text display in a misleading order), folds runs of white space
     * and trims. Returns null for null or blank input. Emoji and rare CJK characters pass unchanged.
     */
    public static String cleanLine(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = BIDI_CONTROLS
                .matcher(CONTROLS.matcher(text).replaceAll(" "))
                .replaceAll("")
                .replaceAll("\\s+", " ")
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
