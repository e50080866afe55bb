package com.masthead.search;

import com.masthead.article.ArticleStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The OpenSearch twin of {@link LuceneQueries}: the same parts, paths, field weights and filters, built with the
 * client's query builders (never {@code query_string}), from tokens analysed in Masthead. OpenSearch 2.x scores
 * BM25 with the {@code (k1 + 1)} factor Lucene dropped in version 8, so every text score is {@link #BM25_SCALE}
 * times the Lucene backend's; the recency preference is scaled by the same factor, which keeps the ranking.
 */
final class OpenSearchQueries {

    /** {@code k1 + 1} for the default {@code k1 = 1.2}: OpenSearch's BM25 score over Lucene's. */
    static final float BM25_SCALE = 2.2f;

    private OpenSearchQueries() {}

    /** The query, or null when the text has nothing searchable (no results, as in Lucene). */
    static Query build(SearchQuery q, ChineseAnalysis analysis, Clock clock) {
        BoolQuery.Builder top = new BoolQuery.Builder();
        List<String> parts = LuceneQueries.parts(q.text());
        for (String part : parts) {
            Query partQuery = part(part, analysis);
            if (partQuery == null) {
                return null;
            }
            top.must(partQuery);
        }
        if (parts.isEmpty()) {
            if (q.hasText()) {
                return null;
            }
            top.must(Query.of(m -> m.matchAll(a -> a)));
        } else if (q.sort() == SearchSort.RELEVANCE) {
            // score × … + weight × pivot / (pivot + age): the Lucene collector's recency preference
            top.should(Query.of(s -> s.distanceFeature(d -> d.field(OpenSearchDocuments.TIME)
                    .origin(JsonData.of(clock.millis()))
                    .pivot(LuceneQueries.RECENCY_PIVOT_DAYS + "d")
                    .boost(LuceneQueries.RECENCY_WEIGHT * BM25_SCALE))));
        }
        filters(q, top);
        return Query.of(b -> b.bool(top.build()));
    }

    private static Query part(String part, ChineseAnalysis analysis) {
        List<String> words = analysis.words(part);
        List<ChineseAnalysis.Token> bigrams = analysis.bigramTokens(part);
        List<Query> either = new ArrayList<>();
        for (LuceneQueries.Weighted f : LuceneQueries.FIELDS) {
            if (f.words() && !words.isEmpty()) {
                either.add(allWords(
                        f.field() + ChineseAnalysis.WORD_SUFFIX, words, f.weight() * LuceneQueries.WORD_WEIGHT));
            }
            if (!bigrams.isEmpty()) {
                either.add(phrase(f.field() + ChineseAnalysis.BIGRAM_SUFFIX, bigrams, f.weight()));
            }
        }
        return either.isEmpty() ? null : Query.of(b -> b.bool(o -> o.should(either)));
    }

    private static Query allWords(String field, List<String> words, float boost) {
        if (words.size() == 1) {
            return term(field, words.get(0), boost);
        }
        List<Query> all =
                new LinkedHashSet<>(words).stream().map(w -> term(field, w, 1f)).toList();
        return Query.of(b -> b.bool(a -> a.must(all).boost(boost)));
    }

    /**
     * The bigrams as a phrase of the tokens. A lone Han character at the end matches any indexed term that starts
     * with it (at most {@link LuceneQueries#MAX_EXPANSIONS}), as the Lucene backend's prefix expansion does.
     */
    private static Query phrase(String field, List<ChineseAnalysis.Token> tokens, float boost) {
        String last = tokens.get(tokens.size() - 1).text();
        boolean loneLast = last.codePointCount(0, last.length()) == 1
                && Character.UnicodeScript.of(last.codePointAt(0)) == Character.UnicodeScript.HAN;
        String text = String.join(
                " ", tokens.stream().map(ChineseAnalysis.Token::text).toList());
        if (tokens.size() == 1 && !loneLast) {
            return term(field, last, boost);
        }
        if (!loneLast) {
            return Query.of(p -> p.matchPhrase(
                    m -> m.field(field).query(text).analyzer("whitespace").boost(boost)));
        }
        return Query.of(p -> p.matchPhrasePrefix(m -> m.field(field)
                .query(text)
                .analyzer("whitespace")
                .maxExpansions(LuceneQueries.MAX_EXPANSIONS)
                .boost(boost)));
    }

    private static Query term(String field, String value, float boost) {
        return Query.of(
                t -> t.term(m -> m.field(field).value(FieldValue.of(value)).boost(boost)));
    }

    private static void filters(SearchQuery q, BoolQuery.Builder top) {
        if (q.scope() == SearchScope.PUBLISHED) {
            for (ArticleStatus other : EnumSet.complementOf(EnumSet.of(ArticleStatus.PUBLISHED))) {
                top.mustNot(term(OpenSearchDocuments.STATUS, other.name(), 1f));
            }
        } else if (q.scope() != SearchScope.ALL) {
            top.filter(term(OpenSearchDocuments.STATUS, q.scope().name(), 1f));
        }
        if (!q.channelIds().isEmpty()) {
            List<FieldValue> ids = q.channelIds().stream().map(FieldValue::of).toList();
            top.filter(Query.of(
                    t -> t.terms(s -> s.field(OpenSearchDocuments.CHANNEL).terms(v -> v.value(ids)))));
        }
        if (q.from() != null || q.to() != null) {
            top.filter(Query.of(r -> r.range(g -> {
                g.field(OpenSearchDocuments.PUBLISHED);
                if (q.from() != null) {
                    g.gte(JsonData.of(q.from().toEpochMilli()));
                }
                if (q.to() != null) {
                    g.lt(JsonData.of(q.to().toEpochMilli()));
                }
                return g;
            })));
        }
        if (q.issueId() != null) {
            top.filter(Query.of(
                    t -> t.term(m -> m.field(OpenSearchDocuments.ISSUE).value(FieldValue.of(q.issueId())))));
        }
        if (q.pageId() != null) {
            top.filter(Query.of(
                    t -> t.term(m -> m.field(OpenSearchDocuments.PAGE).value(FieldValue.of(q.pageId())))));
        }
        if (q.reporter() != null) {
            top.filter(term(OpenSearchDocuments.REPORTER, q.reporter(), 1f));
        }
    }
}
