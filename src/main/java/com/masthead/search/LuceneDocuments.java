package com.masthead.search;

import com.masthead.article.ArticleStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** The Lucene document of an article: field names, how each is indexed, and reading a hit back. */
final class LuceneDocuments {

    static final String ID = "id";
    static final String ID_VALUE = "id_dv";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String PAGE = "page";
    static final String ISSUE = "issue";
    static final String REPORTER = "reporter";
    static final String PUBLISHED = "published";
    static final String TIME_VALUE = "time_dv";
    static final String UPDATED_VALUE = "updated_dv";
    static final String TITLE = "title";
    static final String HEAD = "head";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String URL = "url";
    static final String UPDATED = "updated";

    /** Word-path fields need no positions (they are matched word by word), which keeps the index smaller. */
    private static final FieldType WORDS = new FieldType();

    static {
        WORDS.setTokenized(true);
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.freeze();
    }

    private LuceneDocuments() {}

    static Term idTerm(long articleId) {
        return new Term(ID, Long.toString(articleId));
    }

    static Document of(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.articleId()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_VALUE, d.articleId()));
        doc.add(new StringField(STATUS, d.status().name(), Field.Store.YES));
        doc.add(new LongPoint(CHANNEL, d.channelId()));
        doc.add(new StoredField(CHANNEL, d.channelId()));
        if (d.pageId() != null) {
            doc.add(new LongPoint(PAGE, d.pageId()));
        }
        if (d.issueId() != null) {
            doc.add(new LongPoint(ISSUE, d.issueId()));
        }
        for (String name : d.bylineNames()) {
            doc.add(new StringField(REPORTER, name, Field.Store.NO));
        }
        Instant time = d.publishedAt() != null ? d.publishedAt() : d.updatedAt();
        if (d.publishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED, d.publishedAt().toEpochMilli()));
            doc.add(new StoredField(PUBLISHED, d.publishedAt().toEpochMilli()));
        }
        // points and doc values under one name: the recency score reads the values, and the newest-first sort
        // skips with the points
        doc.add(new LongPoint(TIME_VALUE, time.toEpochMilli()));
        doc.add(new NumericDocValuesField(TIME_VALUE, time.toEpochMilli()));
        doc.add(new NumericDocValuesField(UPDATED_VALUE, d.updatedAt().toEpochMilli()));
        doc.add(new StoredField(UPDATED, d.updatedAt().toEpochMilli()));
        if (d.url() != null) {
            doc.add(new StoredField(URL, d.url()));
        }
        List<String> head = new ArrayList<>();
        head.add(d.kicker());
        head.add(d.subtitle());
        head.addAll(d.tags());
        // bylines are text too: readers and editors search a reporter's name (丁莹) like any word
        head.addAll(d.bylineNames());
        text(doc, TITLE, d.title(), true, true);
        text(doc, HEAD, String.join("\n", head.stream().filter(Objects::nonNull).toList()), true, false);
        text(doc, SUMMARY, d.summary(), true, true);
        // the body has the bigram path only: smartcn reads about half a million characters a second per core,
        // and the body is nine tenths of the text, so this keeps a full rebuild of a million articles in minutes
        text(doc, BODY, d.bodyText(), false, true);
        return doc;
    }

    private static void text(Document doc, String field, String value, boolean words, boolean store) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (words) {
            doc.add(new Field(field + ChineseAnalysis.WORD_SUFFIX, value, WORDS));
        }
        doc.add(new TextField(field + ChineseAnalysis.BIGRAM_SUFFIX, value, Field.Store.NO));
        if (store) {
            doc.add(new StoredField(field, value));
        }
    }

    static SearchHit hit(Document doc, float score, List<String> terms) {
        String title = doc.get(TITLE);
        String body = doc.get(BODY);
        String summary = doc.get(SUMMARY);
        String passageSource = body != null && !body.isBlank() ? body : summary;
        if (summary != null && !terms.isEmpty() && terms.stream().anyMatch(summary.toLowerCase()::contains)) {
            boolean inBody = body != null && terms.stream().anyMatch(body.toLowerCase()::contains);
            passageSource = inBody ? body : summary;
        }
        var published = doc.getField(PUBLISHED);
        return new SearchHit(
                Long.parseLong(doc.get(ID)),
                doc.getField(CHANNEL).numericValue().longValue(),
                ArticleStatus.valueOf(doc.get(STATUS)),
                title,
                Snippets.mark(title, terms),
                Snippets.passage(passageSource, terms, 120),
                doc.get(URL),
                published == null
                        ? null
                        : Instant.ofEpochMilli(published.numericValue().longValue()),
                Instant.ofEpochMilli(doc.getField(UPDATED).numericValue().longValue()),
                score);
    }
}
