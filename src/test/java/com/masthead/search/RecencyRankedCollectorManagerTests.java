package com.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recency-ranked collector must rank exactly as scoring every match and adding recency would, while still
 * letting Lucene skip: checked against that brute force on a generated index of several segments.
 */
class RecencyRankedCollectorManagerTests {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final float WEIGHT = 2f;
    private static final Duration PIVOT = Duration.ofDays(30);
    private static final int DOCS = 30_000;
    private static final List<String> WORDS = List.of("港口", "码头", "基站", "储能", "风电", "标准", "首批", "投产");

    private static Directory directory;
    private static DirectoryReader reader;
    private static ExecutorService pool;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(20251126);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < DOCS; i++) {
                StringBuilder title = new StringBuilder();
                // common words in most documents, rare ones in a few: scores vary and WAND has something to skip
                for (String word : WORDS) {
                    if (random.nextInt(WORDS.indexOf(word) * 3 + 2) == 0) {
                        title.append(word).append(' ');
                    }
                }
                title.append("填充").append(' ').append("文字".repeat(random.nextInt(4) + 1));
                Document doc = new Document();
                doc.add(new TextField("title", title.toString(), Field.Store.NO));
                if (i % 97 != 0) { // a few documents without a time get no recency, like an outdated index
                    long age =
                            (long) (random.nextDouble() * Duration.ofDays(3000).toMillis());
                    doc.add(new NumericDocValuesField(LuceneDocuments.TIME_VALUE, NOW.toEpochMilli() - age));
                }
                writer.addDocument(doc);
                if (i % 7_000 == 6_999) {
                    writer.commit(); // several segments, so slices and per-leaf scorers are exercised
                }
            }
        }
        reader = DirectoryReader.open(directory);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
        pool.shutdown();
    }

    @Test
    void ranksExactlyAsScoringEveryMatchAndAddingRecency() throws IOException {
        IndexSearcher single = new IndexSearcher(reader);
        IndexSearcher sliced = new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, 1, 1); // one slice per segment: slices share the page floor
            }
        };
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
        for (Query query : queries()) {
            for (int wanted : new int[] {1, 10, 100}) {
                ScoreDoc[] expected = bruteForce(single, query, wanted);
                for (IndexSearcher searcher : List.of(single, sliced)) {
                    TopDocs top = searcher.search(query, manager(wanted, 50));
                    assertThat(ids(top.scoreDocs))
                            .as("%s, top %d", query, wanted)
                            .containsExactly(ids(expected));
                    for (int i = 0; i < expected.length; i++) {
                        assertThat(top.scoreDocs[i].score).isCloseTo(expected[i].score, within());
                    }
                }
            }
        }
    }

    @Test
    void recencyDecidesBetweenEqualTextMatches() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = new TermQuery(new Term("title", "投产"));
        TopDocs top = searcher.search(query, manager(20, 50));
        ScoreDoc[] textOnly =
                searcher.search(query, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE)).scoreDocs;
        // the text-only ranking orders equal scores by document number; with recency it must differ
        assertThat(ids(top.scoreDocs)).isNotEqualTo(ids(textOnly));
    }

    @Test
    void countsExactlyUpToTheLimitThenReportsALowerBound() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query common = new TermQuery(new Term("title", "港口"));
        int matches = searcher.count(common);
        assertThat(matches).isGreaterThan(5_000);

        TopDocs limited = searcher.search(common, manager(10, 501));
        assertThat(limited.totalHits.relation).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
        assertThat(limited.totalHits.value).isBetween(501L, (long) matches);

        TopDocs exact = searcher.search(common, manager(10, matches + 1));
        assertThat(exact.totalHits.relation).isEqualTo(TotalHits.Relation.EQUAL_TO);
        assertThat(exact.totalHits.value).isEqualTo(matches);
    }

    @Test
    void skipsMatchesThatCannotReachThePageEvenWithTheFullRecencyScore() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query disjunction = queries().get(1); // a rare word weighted 4: its matches fill the page
        int matches = searcher.count(disjunction);

        TopDocs top = searcher.search(disjunction, manager(10, 501));
        // the matches of the common words alone score too little to reach the page and are not collected
        assertThat(top.totalHits.value).isBetween(501L, matches / 2L);
    }

    @Test
    void recencyIsBoundedByTheWeightAndHalvesAtThePivot() {
        RecencyRankedCollectorManager manager = manager(10, 10);
        assertThat(manager.recency(NOW.toEpochMilli())).isEqualTo(WEIGHT);
        assertThat(manager.recency(NOW.minus(PIVOT).toEpochMilli())).isCloseTo(WEIGHT / 2, within());
        assertThat(manager.recency(NOW.plus(PIVOT).toEpochMilli())).isCloseTo(WEIGHT / 2, within());
        assertThat(manager.recency(Long.MIN_VALUE)).isBetween(0f, 0.0001f);
    }

    private static RecencyRankedCollectorManager manager(int wanted, int countUpTo) {
        return new RecencyRankedCollectorManager(wanted, countUpTo, NOW, WEIGHT, PIVOT);
    }

    private static List<Query> queries() {
        BooleanQuery.Builder disjunction = new BooleanQuery.Builder();
        disjunction.add(new BoostQuery(new TermQuery(new Term("title", "码头")), 4f), Occur.SHOULD);
        disjunction.add(new TermQuery(new Term("title", "港口")), Occur.SHOULD);
        disjunction.add(new BoostQuery(new TermQuery(new Term("title", "投产")), 0.5f), Occur.SHOULD);
        BooleanQuery.Builder conjunction = new BooleanQuery.Builder();
        conjunction.add(new TermQuery(new Term("title", "港口")), Occur.MUST);
        conjunction.add(new TermQuery(new Term("title", "填充")), Occur.FILTER);
        return List.of(new TermQuery(new Term("title", "港口")), disjunction.build(), conjunction.build());
    }

    /** Every match scored in full, recency added, best first; equal totals by document number. */
    private static ScoreDoc[] bruteForce(IndexSearcher searcher, Query query, int wanted) throws IOException {
        RecencyRankedCollectorManager recency = manager(wanted, 1);
        ScoreDoc[] all =
                searcher.search(query, new TopScoreDocCollectorManager(DOCS, null, Integer.MAX_VALUE)).scoreDocs;
        for (ScoreDoc doc : all) {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc.doc, reader.leaves()));
            NumericDocValues times = leaf.reader().getNumericDocValues(LuceneDocuments.TIME_VALUE);
            if (times != null && times.advanceExact(doc.doc - leaf.docBase)) {
                doc.score += recency.recency(times.longValue());
            }
        }
        return Arrays.stream(all)
                .sorted(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc))
                .limit(wanted)
                .toArray(ScoreDoc[]::new);
    }

    private static Integer[] ids(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(d -> d.doc).toArray(Integer[]::new);
    }

    private static Offset<Float> within() {
        return Offset.offset(1e-5f);
    }
}
