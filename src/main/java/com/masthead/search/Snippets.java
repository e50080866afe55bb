package com.masthead.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a passage around the first match and marks the matched words. Matching is literal and case-insensitive,
 * which agrees with what the index matched: the bigram path finds exactly the contiguous strings of the query.
 */
final class Snippets {

    private static final int LEAD_IN = 24;

    private Snippets() {}

    /** The whole text with every occurrence of the terms marked. */
    static List<Fragment> mark(String text, List<String> terms) {
        return text == null ? List.of() : marked(text, 0, text.length(), terms);
    }

    /** About {@code length} characters around the first match (or the start), marked; "…" where cut. */
    static List<Fragment> passage(String text, List<String> terms, int length) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String term : terms) {
            int at = lower.indexOf(term);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = first <= LEAD_IN ? 0 : first - LEAD_IN;
        int end = Math.min(text.length(), start + length);
        List<Fragment> out = new ArrayList<>();
        if (start > 0) {
            out.add(new Fragment("…", false));
        }
        out.addAll(marked(text, start, end, terms));
        if (end < text.length()) {
            out.add(new Fragment("…", false));
        }
        return out;
    }

    private static List<Fragment> marked(String text, int start, int end, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> longestFirst = terms.stream()
                .filter(t -> !t.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<Fragment> out = new ArrayList<>();
        int plainFrom = start;
        int i = start;
        while (i < end) {
            String hit = null;
            for (String term : longestFirst) {
                if (i + term.length() <= end && lower.startsWith(term, i)) {
                    hit = term;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (plainFrom < i) {
                out.add(new Fragment(text.substring(plainFrom, i), false));
            }
            out.add(new Fragment(text.substring(i, i + hit.length()), true));
            i += hit.length();
            plainFrom = i;
        }
        if (plainFrom < end) {
            out.add(new Fragment(text.substring(plainFrom, end), false));
        }
        return out;
    }
}
