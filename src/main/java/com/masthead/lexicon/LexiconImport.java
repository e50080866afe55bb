package com.masthead.lexicon;

import java.util.List;

/**
 * What an import of a word list did: terms new to the lexicon, terms moved to the import's tier, terms already
 * there with that tier, and the lines that were refused (1-based line number and a message key).
 */
public record LexiconImport(LexiconTier tier, int added, int retiered, int unchanged, List<RefusedLine> refused) {

    public LexiconImport {
        refused = List.copyOf(refused);
    }

    public record RefusedLine(int line, String messageKey) {}
}
