package com.masthead.lexicon;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds text into the form the automaton matches on, remembering where each folded character came from:
 *
 * <ul>
 *   <li>compatibility forms are decomposed (NFKD): full-width Ａ１ become A1, half-width katakana full-width,
 *       circled ① and styled 𝐀 plain, compatibility ideographs their unified forms;
 *   <li>letters are lower-cased;
 *   <li>everything that is not a letter or a digit is dropped: spaces of every kind, punctuation, symbols and
 *       emoji, control and format characters (zero-width spaces and joiners, bidi marks, soft hyphens), combining
 *       marks (accents, strike-through overlays, variation selectors).
 * </ul>
 *
 * So {@code "Ｆ.u ｃ-K"} folds to {@code "fuck"}, and both the text and the lexicon terms are folded the same way.
 * Thread-safe (no state).
 */
final class TextFolding {

    private TextFolding() {}

    /** Folded text plus, for each folded UTF-16 unit, the original code point's start and end index. */
    record Folded(String text, int[] starts, int[] ends) {

        /** Whether folded units {@code a} and {@code a + 1} came from one or two touching original characters. */
        boolean adjacent(int a) {
            return ends[a] == starts[a + 1] || starts[a] == starts[a + 1];
        }
    }

    static String fold(String text) {
        return foldWithOffsets(text).text();
    }

    static Folded foldWithOffsets(String text) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        int[] starts = new int[Math.max(16, length)];
        int[] ends = new int[starts.length];
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int before = out.length();
            append(cp, out);
            int added = out.length() - before;
            if (added > 0) {
                if (out.length() > starts.length) {
                    int capacity = Math.max(out.length(), starts.length * 2);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                }
                Arrays.fill(starts, before, out.length(), i);
                Arrays.fill(ends, before, out.length(), next);
            }
            i = next;
        }
        return new Folded(out.toString(), starts, ends);
    }

    private static void append(int cp, StringBuilder out) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                out.append((char) (cp + ('a' - 'A')));
            } else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                out.append((char) cp);
            }
            return;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            out.append((char) cp); // common CJK ideographs have no decomposition: skip the normalizer
            return;
        }
        String single = Character.toString(cp);
        String decomposed = Normalizer.isNormalized(single, Normalizer.Form.NFKD)
                ? single
                : Normalizer.normalize(single, Normalizer.Form.NFKD);
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(c -> out.appendCodePoint(lower(c)));
    }

    private static int lower(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp)); // also folds title-case and final forms
    }

    /** Whether a folded unit is an ASCII letter or digit: Latin terms only match at word boundaries. */
    static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
