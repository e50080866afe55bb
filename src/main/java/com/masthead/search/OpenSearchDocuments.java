package com.masthead.search;

import com.masthead.article.ArticleStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.IndexOptions;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;

/**
 * The OpenSearch document of an article. Text is analysed here, with the same {@link ChineseAnalysis} as the Lucene
 * index (newsroom dictionary, smartcn, bigrams), and sent as tokens separated by spaces into fields that OpenSearch
 * splits on whitespace only: the dictionary stays exact (no plugin, no dictionary file on the cluster's nodes) and
 * the terms, and so the ranking, are those of the Lucene backend. The texts shown in results travel in
 * {@code _source}; the token fields are left out of it.
 */
final class OpenSearchDocuments {

    static final String ID = "id";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String PAGE = "page";
    static final String ISSUE = "issue";
    static final String REPORTER = "reporter";
    static final String PUBLISHED = "published";
    static final String TIME = "time";
    static final String UPDATED = "updated";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    private static final String TOKENS = "whitespace";

    private OpenSearchDocuments() {}

    /** The mapping of every generation; {@code meta} names its dictionary and layout. */
    static TypeMapping mapping(Map<String, org.opensearch.client.json.JsonData> meta) {
        Map<String, Property> fields = new LinkedHashMap<>();
        fields.put(ID, Property.of(p -> p.long_(l -> l)));
        fields.put(CHANNEL, Property.of(p -> p.long_(l -> l)));
        fields.put(PAGE, Property.of(p -> p.long_(l -> l)));
        fields.put(ISSUE, Property.of(p -> p.long_(l -> l)));
        fields.put(STATUS, Property.of(p -> p.keyword(k -> k)));
        fields.put(REPORTER, Property.of(p -> p.keyword(k -> k)));
        fields.put(PUBLISHED, Property.of(p -> p.long_(l -> l)));
        fields.put(UPDATED, Property.of(p -> p.long_(l -> l)));
        // a date, so that distance_feature can add the recency preference exactly as the Lucene collector does
        fields.put(TIME, Property.of(p -> p.date(d -> d.format("epoch_millis"))));
        for (LuceneQueries.Weighted f : LuceneQueries.FIELDS) {
            if (f.words()) {
                // matched word by word: no positions, as in Lucene
                fields.put(
                        f.field() + ChineseAnalysis.WORD_SUFFIX,
                        Property.of(p -> p.text(t -> t.analyzer(TOKENS).indexOptions(IndexOptions.Freqs))));
            }
            fields.put(f.field() + ChineseAnalysis.BIGRAM_SUFFIX, Property.of(p -> p.text(t -> t.analyzer(TOKENS))));
        }
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
                .source(s -> s.excludes("*" + ChineseAnalysis.WORD_SUFFIX, "*" + ChineseAnalysis.BIGRAM_SUFFIX))
                .properties(fields)
                .meta(meta));
    }

    static Map<String, Object> of(SearchDocument d, ChineseAnalysis analysis) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(ID, d.articleId());
        doc.put(CHANNEL, d.channelId());
        doc.put(STATUS, d.status().name());
        doc.put(PAGE, d.pageId());
        doc.put(ISSUE, d.issueId());
        doc.put(REPORTER, d.bylineNames());
        Instant time = d.publishedAt() != null ? d.publishedAt() : d.updatedAt();
        doc.put(PUBLISHED, d.publishedAt() == null ? null : d.publishedAt().toEpochMilli());
        doc.put(TIME, time.toEpochMilli());
        doc.put(UPDATED, d.updatedAt().toEpochMilli());
        doc.put(URL, d.url());
        doc.put(TITLE, d.title());
        doc.put(SUMMARY, d.summary());
        doc.put(BODY, d.bodyText());
        List<String> head = new ArrayList<>();
        head.add(d.kicker());
        head.add(d.subtitle());
        head.addAll(d.tags());
        head.addAll(d.bylineNames());
        tokens(doc, analysis, LuceneDocuments.TITLE, d.title(), true);
        tokens(
                doc,
                analysis,
                LuceneDocuments.HEAD,
                String.join("\n", head.stream().filter(Objects::nonNull).toList()),
                true);
        tokens(doc, analysis, LuceneDocuments.SUMMARY, d.summary(), true);
        // the body has the bigram path only, as in Lucene (smartcn over every body would make rebuilds slow)
        tokens(doc, analysis, LuceneDocuments.BODY, d.bodyText(), false);
        return doc;
    }

    private static void tokens(
            Map<String, Object> doc, ChineseAnalysis analysis, String field, String value, boolean words) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (words) {
            doc.put(field + ChineseAnalysis.WORD_SUFFIX, String.join(" ", analysis.words(value)));
        }
        doc.put(field + ChineseAnalysis.BIGRAM_SUFFIX, String.join(" ", analysis.bigrams(value)));
    }

    /** A hit read back from its {@code _source}, with title and passage marked as the Lucene backend marks them. */
    static SearchHit hit(Map<String, Object> source, double score, List<String> terms) {
        String title = (String) source.get(TITLE);
        String body = (String) source.get(BODY);
        String summary = (String) source.get(SUMMARY);
        String passageSource = body != null && !body.isBlank() ? body : summary;
        if (summary != null && !terms.isEmpty() && terms.stream().anyMatch(summary.toLowerCase()::contains)) {
            boolean inBody = body != null && terms.stream().anyMatch(body.toLowerCase()::contains);
            passageSource = inBody ? body : summary;
        }
        Number published = (Number) source.get(PUBLISHED);
        return new SearchHit(
                ((Number) source.get(ID)).longValue(),
                ((Number) source.get(CHANNEL)).longValue(),
                ArticleStatus.valueOf((String) source.get(STATUS)),
                title,
                Snippets.mark(title, terms),
                Snippets.passage(passageSource, terms, 120),
                (String) source.get(URL),
                published == null ? null : Instant.ofEpochMilli(published.longValue()),
                Instant.ofEpochMilli(((Number) source.get(UPDATED)).longValue()),
                (float) score);
    }
}
