package com.masthead.epaper;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The character bigrams of a text after dropping everything but letters and digits (so line breaks, spaces and
 * punctuation that a PDF sets differently from the article do not count), for similarity between a block of the page
 * and an article's words. A text of one character is its own single "bigram".
 */
record Bigrams(Set<String> grams) {

    static Bigrams of(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return new Bigrams(grams);
        }
        int[] points = text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .toArray();
        if (points.length == 1) {
            grams.add(new String(points, 0, 1));
        }
        for (int i = 0; i + 1 < points.length; i++) {
            grams.add(new String(points, i, 2));
        }
        return new Bigrams(grams);
    }

    boolean isEmpty() {
        return grams.isEmpty();
    }

    /** Dice coefficient: twice the shared bigrams over the sum of both counts (0..1). */
    double dice(Bigrams other) {
        if (grams.isEmpty() || other.grams.isEmpty()) {
            return 0;
        }
        return 2.0 * shared(other) / (grams.size() + other.grams.size());
    }

    /** The share of this text's bigrams that occur in {@code other} (0..1): how much of this lies inside that. */
    double containedIn(Bigrams other) {
        return grams.isEmpty() ? 0 : (double) shared(other) / grams.size();
    }

    private int shared(Bigrams other) {
        Set<String> small = grams.size() <= other.grams.size() ? grams : other.grams;
        Set<String> large = small == grams ? other.grams : grams;
        int n = 0;
        for (String g : small) {
            if (large.contains(g)) {
                n++;
            }
        }
        return n;
    }
}
