package com.masthead.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of screening one text: every lexicon match, ordered by position (overlapping matches are all
 * reported). Immutable.
 */
public record ScreeningReport(List<ScreeningMatch> matches) {

    public static final ScreeningReport CLEAN = new ScreeningReport(List.of());

    public ScreeningReport {
        matches = List.copyOf(matches);
    }

    public boolean isClean() {
        return matches.isEmpty();
    }

    /** At least one BLOCK term: the text must be refused. */
    public boolean blocked() {
        return has(LexiconTier.BLOCK);
    }

    /** At least one REVIEW term: a human must look at the text before it is shown. */
    public boolean needsReview() {
        return has(LexiconTier.REVIEW);
    }

    public boolean has(LexiconTier tier) {
        return matches.stream().anyMatch(m -> m.tier() == tier);
    }

    public List<ScreeningMatch> of(LexiconTier tier) {
        return matches.stream().filter(m -> m.tier() == tier).toList();
    }

    /** The distinct lexicon terms of one tier, in order of first appearance. */
    public Set<String> terms(LexiconTier tier) {
        Set<String> terms = new LinkedHashSet<>();
        of(tier).forEach(m -> terms.add(m.term()));
        return terms;
    }
}
