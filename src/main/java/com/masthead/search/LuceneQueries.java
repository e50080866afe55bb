package com.masthead.search;

import com.masthead.article.ArticleStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Turns a {@link SearchQuery} into a Lucene query, programmatically: no query parser, so no syntax to get wrong.
 * Each space-separated part of the text must match somewhere; it matches a field through the word path (all its
 * words present, weighted {@link #WORD_WEIGHT} times more: dictionary and smartcn words are the precise reading)
 * or through the bigram path (the exact character string, as a phrase of bigrams). Field weights put the title
 * first, then kicker/subtitle/tags, the summary and the body.
 */
final class LuceneQueries {

    static final float WORD_WEIGHT = 1.5f;
    static final int MAX_PARTS = 8;
    static final int MAX_EXPANSIONS = 128;

    /**
     * Recency is added to the text score, {@code RECENCY_WEIGHT × pivot / (pivot + age)}: at most this much on top
     * (today's article), half of it at {@link #RECENCY_PIVOT_DAYS} old. A title match of the words is worth several
     * times more, so recency only orders otherwise similar matches. It is added while collecting, not by a query
     * clause, so that Lucene can still skip documents whose text score cannot reach the page (see {@link
     * RecencyRankedCollectorManager}).
     */
    static final float RECENCY_WEIGHT = 2f;

    static final long RECENCY_PIVOT_DAYS = 30;

    /** Text fields and their weights. "head" holds kicker, subtitle, tags and byline names. */
    static final List<Weighted> FIELDS = List.of(
            new Weighted(LuceneDocuments.TITLE, 4f, true),
            new Weighted(LuceneDocuments.HEAD, 2f, true),
            new Weighted(LuceneDocuments.SUMMARY, 1.5f, true),
            new Weighted(LuceneDocuments.BODY, 1f, false));

    /** Anything that is not a letter or digit separates parts: quotes, operators and brackets mean nothing here. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A text field, its weight, and whether it has a word path (the body has bigrams only). */
    record Weighted(String field, float weight, boolean words) {}

    private LuceneQueries() {}

    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (!part.isEmpty() && parts.size() < MAX_PARTS && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The query, or null when the text has nothing searchable and there is no filter-only listing to show. */
    static Query build(SearchQuery q, ChineseAnalysis analysis, IndexReader reader) throws IOException {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        boolean any = false;
        for (String part : parts(q.text())) {
            Query partQuery = part(part, analysis, reader);
            if (partQuery == null) {
                return null; // a part that can match nothing: no results rather than ignoring it
            }
            top.add(partQuery, Occur.MUST);
            any = true;
        }
        if (!any) {
            if (q.hasText()) {
                return null;
            }
            top.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filters(q, top);
        return top.build();
    }

    /** Words to mark in titles and snippets: each part and its words of two or more characters. */
    static List<String> highlightTerms(SearchQuery q, ChineseAnalysis analysis) {
        Set<String> terms = new LinkedHashSet<>();
        for (String part : parts(q.text())) {
            terms.add(part);
            analysis.words(part).stream().filter(w -> w.length() > 1).forEach(terms::add);
        }
        return List.copyOf(terms);
    }

    private static Query part(String part, ChineseAnalysis analysis, IndexReader reader) throws IOException {
        List<String> words = analysis.words(part);
        List<ChineseAnalysis.Token> bigrams = analysis.bigramTokens(part);
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        int clauses = 0;
        for (Weighted f : FIELDS) {
            if (f.words() && !words.isEmpty()) {
                either.add(
                        new BoostQuery(
                                allWords(f.field() + ChineseAnalysis.WORD_SUFFIX, words), f.weight() * WORD_WEIGHT),
                        Occur.SHOULD);
                clauses++;
            }
            if (!bigrams.isEmpty()) {
                either.add(
                        new BoostQuery(phrase(f.field() + ChineseAnalysis.BIGRAM_SUFFIX, bigrams, reader), f.weight()),
                        Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : either.build();
    }

    private static Query allWords(String field, List<String> words) {
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : new LinkedHashSet<>(words)) {
            all.add(new TermQuery(new Term(field, word)), Occur.MUST);
        }
        return all.build();
    }

    /**
     * The bigrams as a phrase. A lone Han character at the end ("2025年", "港") was indexed only as the first half
     * of a bigram where text follows it ("2025年底"), so it matches any indexed term that starts with it.
     */
    private static Query phrase(String field, List<ChineseAnalysis.Token> tokens, IndexReader reader)
            throws IOException {
        ChineseAnalysis.Token last = tokens.get(tokens.size() - 1);
        boolean loneLast = isSingleHan(last.text());
        if (tokens.size() == 1 && !loneLast) {
            return new TermQuery(new Term(field, last.text()));
        }
        if (!loneLast) {
            // one term per position: an exact PhraseQuery, which skips blocks of documents whose impacts show they
            // cannot reach the page; MultiPhraseQuery scores every match (it is kept for the lone-last case)
            PhraseQuery.Builder exact = new PhraseQuery.Builder();
            for (ChineseAnalysis.Token token : tokens) {
                exact.add(new Term(field, token.text()), token.position());
            }
            return exact.build();
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            ChineseAnalysis.Token token = tokens.get(i);
            Term[] alternatives = i == tokens.size() - 1 && loneLast
                    ? startingWith(field, token.text(), reader)
                    : new Term[] {new Term(field, token.text())};
            phrase.add(alternatives, token.position());
        }
        return phrase.build();
    }

    private static Term[] startingWith(String field, String prefix, IndexReader reader) throws IOException {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(field, prefix));
        Terms all = MultiTerms.getTerms(reader, field);
        if (all != null) {
            TermsEnum e = all.iterator();
            BytesRef start = new BytesRef(prefix);
            if (e.seekCeil(start) != TermsEnum.SeekStatus.END) {
                for (BytesRef t = e.term(); t != null && terms.size() < MAX_EXPANSIONS; t = e.next()) {
                    if (!StringHelper.startsWith(t, start)) {
                        break;
                    }
                    if (!t.bytesEquals(start)) {
                        terms.add(new Term(field, BytesRef.deepCopyOf(t)));
                    }
                }
            }
        }
        return terms.toArray(Term[]::new);
    }

    private static boolean isSingleHan(String token) {
        return token.codePointCount(0, token.length()) == 1
                && Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static void filters(SearchQuery q, BooleanQuery.Builder top) {
        if (q.scope() == SearchScope.PUBLISHED) {
            // the other states are excluded rather than PUBLISHED required: nearly every document of a newspaper's
            // index is published, and stepping through that posting list beside the text query cost about a fifth
            // of the median query time at 1M articles; the few drafts and takedowns are cheap to skip
            for (ArticleStatus other : EnumSet.complementOf(EnumSet.of(ArticleStatus.PUBLISHED))) {
                top.add(new TermQuery(new Term(LuceneDocuments.STATUS, other.name())), Occur.MUST_NOT);
            }
        } else if (q.scope() != SearchScope.ALL) {
            top.add(new TermQuery(new Term(LuceneDocuments.STATUS, q.scope().name())), Occur.FILTER);
        }
        if (!q.channelIds().isEmpty()) {
            top.add(LongPoint.newSetQuery(LuceneDocuments.CHANNEL, q.channelIds()), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
            top.add(LongPoint.newRangeQuery(LuceneDocuments.PUBLISHED, from, to), Occur.FILTER);
        }
        if (q.issueId() != null) {
            top.add(LongPoint.newExactQuery(LuceneDocuments.ISSUE, q.issueId()), Occur.FILTER);
        }
        if (q.pageId() != null) {
            top.add(LongPoint.newExactQuery(LuceneDocuments.PAGE, q.pageId()), Occur.FILTER);
        }
        if (q.reporter() != null) {
            top.add(new TermQuery(new Term(LuceneDocuments.REPORTER, q.reporter())), Occur.FILTER);
        }
    }
}
