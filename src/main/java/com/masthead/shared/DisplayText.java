package com.masthead.shared;

import java.util.regex.Pattern;

/**
 * Cuts text for display without breaking a character: counts code points (so a rare CJK character or an emoji
 * outside the basic plane is never split in half) and ends a cut text with a single ellipsis character. Also the
 * one place where typed text is cleaned for storing: {@link #cleanLine} for names and titles, {@link #cleanText}
 * for text that may span lines.
 */
public final class DisplayText {

    private static final String ELLIPSIS = "…";
    // control characters, lone surrogate halves and the two non-characters: none can be stored in XML or shown
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFE\\uFFFF]");
    private static final Pattern CONTROLS_BUT_NEWLINE = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFE\\uFFFF&&[^\\n]]");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACE_RUNS = Pattern.compile("[\\s&&[^\\n]]+");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

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
     * Makes user-typed single-line text safe to store and show: turns control characters (line breaks, NUL, escape
     * and the like), lone surrogate halves and the non-characters U+FFFE and U+FFFF into spaces, drops the
     * bidirectional override and isolate marks (which can make text display in a misleading order), folds runs of
     * white space and trims. Returns null for null or blank input. Emoji and rare CJK characters pass unchanged.
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

    /**
     * Makes user-typed text that may span lines safe to store and show: line breaks become {@code \n}, tabs
     * spaces; other control characters, lone surrogate halves, U+FFFE, U+FFFF and bidi marks are dropped; runs of
     * spaces fold, every line is trimmed, at most one empty line stays in a row. Returns null for null or blank
     * input.
     */
    public static String cleanText(String text) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        unified = BIDI_CONTROLS
                .matcher(CONTROLS_BUT_NEWLINE.matcher(unified).replaceAll(""))
                .replaceAll("");
        StringBuilder out = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            out.append(SPACE_RUNS.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        String cleaned = MANY_BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
