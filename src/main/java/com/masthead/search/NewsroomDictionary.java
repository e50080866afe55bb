package com.masthead.search;

import com.masthead.shared.InvalidInputException;
import com.masthead.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terms search keeps whole (names of people, bodies, places, products). Adding or removing one publishes
 * {@link NewsroomDictionaryChanged}; the index is rebuilt with the new dictionary in the background, searches keep
 * working meanwhile (the bigram path finds the term either way), and no restart is needed.
 */
@Service
public class NewsroomDictionary {

    static final int MAX_LENGTH = 40;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}·\\-]{2,40}");

    private final SearchTermRepository terms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsroomDictionary(SearchTermRepository terms, ApplicationEventPublisher events, Clock clock) {
        this.terms = terms;
        this.events = events;
        this.clock = clock;
    }

    public List<DictionaryTerm> list() {
        return terms.all();
    }

    public Set<String> terms() {
        return Set.copyOf(terms.terms());
    }

    /**
     * The dictionary's version in the database, raised by every change in the changing transaction. Read it before
     * {@link #terms()}: the terms are then at least that new.
     */
    public long version() {
        return terms.version();
    }

    /**
     * Adds a term (2–40 letters, digits, · or -); adding one that exists changes nothing.
     *
     * @throws InvalidInputException for an empty, too long or punctuated term
     */
    @Transactional
    public DictionaryTerm add(String term, String kind, String actor) {
        String clean = term == null ? "" : term.strip();
        if (!ALLOWED.matcher(clean).matches()) {
            throw new InvalidInputException("term", "search.dictionary.term.invalid", MAX_LENGTH);
        }
        String k = kind == null || kind.isBlank() ? "OTHER" : kind.strip().toUpperCase(Locale.ROOT);
        if (k.length() > 20) {
            throw new InvalidInputException("kind", "search.dictionary.kind.invalid");
        }
        var existing = find(clean);
        if (existing != null) {
            return existing;
        }
        terms.raiseVersion();
        terms.insert(clean, k, clock.millis());
        DictionaryTerm added = find(clean);
        events.publishEvent(new NewsroomDictionaryChanged(
                terms(), "search.term-added", actor, "search-term:" + added.id(), k + ": " + clean));
        return added;
    }

    /** @throws NotFoundException when there is no such term */
    @Transactional
    public void remove(long id, String actor) {
        DictionaryTerm term = list().stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("search term", id));
        terms.raiseVersion();
        terms.delete(id);
        events.publishEvent(new NewsroomDictionaryChanged(
                terms(), "search.term-removed", actor, "search-term:" + id, term.kind() + ": " + term.term()));
    }

    private DictionaryTerm find(String term) {
        return list().stream().filter(t -> t.term().equals(term)).findFirst().orElse(null);
    }
}
