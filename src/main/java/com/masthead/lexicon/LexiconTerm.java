package com.masthead.lexicon;

import java.time.Instant;

/** One lexicon entry: the term as the admin wrote it, its tier, and who last changed it when. */
public record LexiconTerm(long id, String term, LexiconTier tier, Instant updatedAt, String updatedBy) {}
