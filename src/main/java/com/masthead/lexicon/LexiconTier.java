package com.masthead.lexicon;

/** What a match of a lexicon term does to the text that contains it. */
public enum LexiconTier {
    /** The text is refused with a neutral message; nothing is stored. */
    BLOCK,
    /** The text goes to a human moderator, with the matched terms highlighted, whatever the usual rules say. */
    REVIEW,
    /** The text is accepted; the term is masked with ＊ wherever the text is displayed. */
    REPLACE
}
