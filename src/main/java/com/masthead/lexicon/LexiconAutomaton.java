package com.masthead.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * An immutable Aho-Corasick automaton over the folded lexicon terms (org.ahocorasick): one pass over the folded
 * text finds every term, whatever the size of the lexicon. Built once per lexicon change and shared by all
 * threads.
 */
final class LexiconAutomaton {

    static final LexiconAutomaton EMPTY = new LexiconAutomaton(List.of());

    private record Entry(String term, LexiconTier tier) {}

    private final PayloadTrie<Entry> trie;
    private final int size;

    LexiconAutomaton(Collection<LexiconTerm> terms) {
        PayloadTrie.PayloadTrieBuilder<Entry> builder = PayloadTrie.builder();
        int count = 0;
        for (LexiconTerm term : terms) {
            String folded = TextFolding.fold(term.term());
            if (!folded.isEmpty()) {
                builder.addKeyword(folded, new Entry(term.term(), term.tier()));
                count++;
            }
        }
        this.trie = builder.build();
        this.size = count;
    }

    int size() {
        return size;
    }

    ScreeningReport screen(String text) {
        if (text == null || text.isEmpty() || size == 0) {
            return ScreeningReport.CLEAN;
        }
        TextFolding.Folded folded = TextFolding.foldWithOffsets(text);
        if (folded.text().isEmpty()) {
            return ScreeningReport.CLEAN;
        }
        List<ScreeningMatch> matches = new ArrayList<>();
        for (PayloadEmit<Entry> emit : trie.parseText(folded.text())) {
            int first = emit.getStart();
            int last = emit.getEnd(); // inclusive
            if (!atWordBoundary(folded, first, last)) {
                continue;
            }
            int start = folded.starts()[first];
            int end = folded.ends()[last];
            Entry entry = emit.getPayload();
            matches.add(new ScreeningMatch(entry.tier(), entry.term(), start, end, text.substring(start, end)));
        }
        matches.sort(Comparator.comparingInt(ScreeningMatch::start).thenComparingInt(ScreeningMatch::end));
        return new ScreeningReport(matches);
    }

    /**
     * A term that begins (ends) with a Latin letter or digit must not continue a word: "ass" is not found in
     * "class" or "assess". Letters joined by spaces or punctuation count as separate, so "a s s" still matches.
     */
    private static boolean atWordBoundary(TextFolding.Folded folded, int first, int last) {
        String text = folded.text();
        if (TextFolding.isAsciiWordChar(text.charAt(first))
                && first > 0
                && folded.adjacent(first - 1)
                && TextFolding.isAsciiWordChar(text.charAt(first - 1))) {
            return false;
        }
        return !(TextFolding.isAsciiWordChar(text.charAt(last))
                && last + 1 < text.length()
                && folded.adjacent(last)
                && TextFolding.isAsciiWordChar(text.charAt(last + 1)));
    }
}
