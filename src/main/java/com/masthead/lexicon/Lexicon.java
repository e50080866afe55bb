package com.masthead.lexicon;

import com.masthead.shared.DisplayText;
import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the lexicon: lists, adds, re-tiers, removes and imports terms. Every change is one transaction and
 * publishes {@link LexiconChanged} (audited); the screen swaps in a rebuilt automaton after the commit. A term is
 * identified by its folded form, so "ＡＢＣ" and "abc" are the same entry.
 */
@Service
public class Lexicon {

    /** Longest term, in characters as written. */
    public static final int MAX_TERM_LENGTH = 50;
    /** Most lines one import may have. */
    public static final int MAX_IMPORT_LINES = 100_000;

    private static final int MAX_FOLDED_LENGTH = 200;
    private static final int MAX_REFUSED_REPORTED = 1000;

    private final LexiconRepository terms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Lexicon(LexiconRepository terms, ApplicationEventPublisher events, Clock clock) {
        this.terms = terms;
        this.events = events;
        this.clock = clock;
    }

    /** Terms in tier-then-folded order; {@code tier} and {@code contains} (matched on folded text) are optional. */
    public PageResult<LexiconTerm> list(LexiconTier tier, String contains, PageRequest page) {
        return terms.list(tier, contains, page);
    }

    /**
     * Adds a term, or moves an existing one (same folded form) to {@code tier}. Adding a term that is already there
     * with the same tier changes nothing and publishes nothing.
     *
     * @throws InvalidInputException naming {@code term} when it is empty, too long, has no letter or digit, or is
     *     a single Latin letter or digit
     */
    @Transactional
    public LexiconTerm add(String term, LexiconTier tier, String actor) {
        Objects.requireNonNull(tier, "tier");
        String clean = DisplayText.cleanLine(term);
        String problem = problem(clean);
        if (problem != null) {
            throw new InvalidInputException("term", problem, MAX_TERM_LENGTH);
        }
        String folded = TextFolding.fold(clean);
        Instant now = clock.instant();
        var existing = terms.findByFolded(folded);
        if (existing.isPresent()) {
            if (existing.get().tier() == tier) {
                return existing.get();
            }
            terms.retierAll(List.of(folded), tier, now, actor);
            events.publishEvent(new LexiconChanged(
                    "lexicon.term-retiered",
                    actor,
                    "lexicon-term:" + existing.get().id(),
                    existing.get().tier() + " -> " + tier + ": "
                            + existing.get().term()));
            return terms.find(existing.get().id()).orElseThrow();
        }
        long id = terms.insert(clean, folded, tier, now, actor);
        events.publishEvent(new LexiconChanged("lexicon.term-added", actor, "lexicon-term:" + id, tier + ": " + clean));
        return terms.find(id).orElseThrow();
    }

    /** @throws NotFoundException when there is no such term */
    @Transactional
    public void remove(long id, String actor) {
        LexiconTerm term = terms.find(id).orElseThrow(() -> new NotFoundException("lexicon-term", id));
        terms.delete(id);
        events.publishEvent(new LexiconChanged(
                "lexicon.term-removed", actor, "lexicon-term:" + id, term.tier() + ": " + term.term()));
    }

    /**
     * Imports a plain word list into {@code tier}: one term per line, blank lines and lines starting with
     * {@code #} skipped, a leading byte-order mark ignored. New terms are added, terms already present in another
     * tier are moved to {@code tier}; lines that are not valid terms are reported, not imported. All in one
     * transaction; one {@link LexiconChanged} when anything changed.
     *
     * @throws InvalidInputException naming {@code body} for more than {@link #MAX_IMPORT_LINES} lines
     */
    @Transactional
    public LexiconImport importList(String list, LexiconTier tier, String actor) {
        Objects.requireNonNull(tier, "tier");
        String[] lines = (list == null ? "" : list).split("\\R", -1);
        if (lines.length > MAX_IMPORT_LINES) {
            throw new InvalidInputException("body", "lexicon.import.too-many-lines", MAX_IMPORT_LINES);
        }
        Map<String, LexiconTier> existing = terms.tiersByFolded();
        Map<String, String> added = new LinkedHashMap<>();
        List<String> retiered = new ArrayList<>();
        List<LexiconImport.RefusedLine> refused = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 ? lines[i].replace("\uFEFF", "") : lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String clean = DisplayText.cleanLine(line);
            String problem = problem(clean);
            if (problem != null) {
                if (refused.size() < MAX_REFUSED_REPORTED) {
                    refused.add(new LexiconImport.RefusedLine(i + 1, problem));
                }
                continue;
            }
            String folded = TextFolding.fold(clean);
            LexiconTier current = existing.get(folded);
            if (added.containsKey(folded) || current == tier) {
                unchanged++;
            } else if (current != null) {
                retiered.add(folded);
                existing.put(folded, tier);
            } else {
                added.put(folded, clean);
            }
        }
        Instant now = clock.instant();
        terms.insertAll(
                added.entrySet().stream()
                        .map(e -> new String[] {e.getValue(), e.getKey()})
                        .toList(),
                tier,
                now,
                actor);
        terms.retierAll(retiered, tier, now, actor);
        LexiconImport result = new LexiconImport(tier, added.size(), retiered.size(), unchanged, refused);
        if (!added.isEmpty() || !retiered.isEmpty()) {
            events.publishEvent(new LexiconChanged(
                    "lexicon.imported",
                    actor,
                    "lexicon",
                    "tier=%s added=%d retiered=%d unchanged=%d refused=%d"
                            .formatted(tier, added.size(), retiered.size(), unchanged, refused.size())));
        }
        return result;
    }

    /** The message key of what is wrong with a cleaned term, or null when it is a valid term. */
    private static String problem(String clean) {
        if (clean == null) {
            return "lexicon.term.required";
        }
        if (clean.codePointCount(0, clean.length()) > MAX_TERM_LENGTH) {
            return "lexicon.term.too-long";
        }
        String folded = TextFolding.fold(clean);
        if (folded.isEmpty() || folded.length() > MAX_FOLDED_LENGTH) {
            return "lexicon.term.no-letters";
        }
        if (folded.length() == 1 && TextFolding.isAsciiWordChar(folded.charAt(0))) {
            return "lexicon.term.too-short";
        }
        return null;
    }
}
