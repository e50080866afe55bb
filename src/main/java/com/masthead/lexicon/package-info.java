/**
 * The sensitive-word lexicon (敏感词库) and the screen built from it. Admins keep terms in three tiers: BLOCK
 * (refuse the text), REVIEW (send it to a human) and REPLACE (mask the term with ＊ when displayed). The screen is
 * one Aho-Corasick automaton over folded text (full-width → half-width, case, compatibility forms, separators
 * between characters removed), rebuilt and swapped atomically whenever the lexicon changes. Other modules call
 * {@link com.masthead.lexicon.SensitiveWordScreen}; this module owns the table {@code lexicon_term}.
 */
package com.masthead.lexicon;
