package com.masthead.lexicon;

/**
 * One lexicon term found in a text. {@code start} (inclusive) and {@code end} (exclusive) are UTF-16 indices into
 * the ORIGINAL text that was screened (so {@code text.substring(start, end)} is exactly {@code matched}), even when
 * the match was found across inserted spaces or punctuation or in full-width letters. {@code term} is the lexicon
 * entry as the admin wrote it.
 */
public record ScreeningMatch(LexiconTier tier, String term, int start, int end, String matched) {}
