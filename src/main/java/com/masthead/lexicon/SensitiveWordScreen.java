package com.masthead.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sensitive-word screen: finds lexicon terms in any text (comments, nicknames, article titles and bodies).
 *
 * <p><b>Matching.</b> Text and terms are folded alike before matching: compatibility forms are unified (full-width
 * and half-width letters, digits and katakana; circled and mathematical letters; compatibility ideographs),
 * letters are lower-cased, and every character that is not a letter or digit is ignored, so spaces, punctuation,
 * symbols, emoji, zero-width and bidi characters inserted between the characters of a term do not hide it. A term
 * beginning or ending with a Latin letter or digit only matches at a word boundary ("ass" is not found in
 * "class"). All terms are found in one pass of an Aho-Corasick automaton, so the cost grows with the length of
 * the text, not the size of the lexicon.
 *
 * <p><b>Not caught</b> (by design or for now): traditional/simplified variants (add both forms), homophones and
 * pinyin (拼音) spellings, characters split into components (氵去), look-alike letters of other scripts (Cyrillic
 * "а" for Latin "a"), Chinese numerals for digits, words spelled out over several lines of unrelated text, and
 * text inside images. Ignoring punctuation also means a term can be found across a sentence boundary
 * ("……中。共……"), and a Latin term spelled with spaces inside a longer spaced-out word.
 *
 * <p><b>Changes</b> take effect without a restart: after every committed lexicon change this instance rebuilds
 * the automaton and swaps it in atomically; screens running meanwhile finish on the old one. Other instances pick
 * the change up within {@code masthead.lexicon.refresh-interval} (default 60 s).
 *
 * <p>Thread-safe; never touches the database while screening.
 */
@Service
public class SensitiveWordScreen {

    private static final Logger log = LoggerFactory.getLogger(SensitiveWordScreen.class);
    private static final char MASK = '＊';

    private final LexiconRepository terms;
    private final AtomicReference<LexiconAutomaton> automaton = new AtomicReference<>();
    private volatile String loadedRevision = "";

    SensitiveWordScreen(LexiconRepository terms) {
        this.terms = terms;
    }

    /**
     * Every lexicon term in {@code text}, with its tier and its position in {@code text} itself. Null or empty text
     * gives {@link ScreeningReport#CLEAN}. Side-effect free.
     */
    public ScreeningReport screen(String text) {
        return current().screen(text);
    }

    /**
     * {@code text} with every REPLACE-tier match masked: each character of the matched span (including anything
     * inserted between the term's characters) becomes one full-width asterisk ＊, so the length in characters is
     * kept. BLOCK and REVIEW terms are left alone (they are dealt with before a text is shown). Null stays null.
     */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        return mask(text, screen(text));
    }

    /** Like {@link #mask(String)}, reusing a report already made for exactly this text. */
    public String mask(String text, ScreeningReport report) {
        List<ScreeningMatch> replace = report.of(LexiconTier.REPLACE);
        if (replace.isEmpty()) {
            return text;
        }
        boolean[] masked = new boolean[text.length()];
        for (ScreeningMatch m : replace) {
            for (int i = m.start(); i < m.end(); i++) {
                masked[i] = true;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            out.append(masked[i] ? Character.toString(MASK) : Character.toString(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** How many terms the automaton in use holds. */
    public int size() {
        return current().size();
    }

    /** Rebuilds the automaton from the table and swaps it in. */
    public synchronized void reload() {
        List<LexiconTerm> all = new ArrayList<>(terms.all());
        String revision = terms.revision();
        long started = System.nanoTime();
        LexiconAutomaton built = new LexiconAutomaton(all);
        automaton.set(built);
        loadedRevision = revision;
        log.info(
                "sensitive-word screen holds {} terms (built in {} ms)",
                built.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        reload();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LexiconChanged event) {
        reload();
    }

    /** Picks up changes made by other instances: cheap (one aggregate query) unless something changed. */
    @Scheduled(
            fixedDelayString = "#{@'masthead.lexicon-com.masthead.lexicon.LexiconProperties'.refreshInterval()}",
            initialDelayString = "#{@'masthead.lexicon-com.masthead.lexicon.LexiconProperties'.refreshInterval()}")
    void refreshIfChanged() {
        if (!terms.revision().equals(loadedRevision)) {
            reload();
        }
    }

    private LexiconAutomaton current() {
        LexiconAutomaton current = automaton.get();
        if (current == null) {
            reload();
            current = automaton.get();
        }
        return current;
    }
}
