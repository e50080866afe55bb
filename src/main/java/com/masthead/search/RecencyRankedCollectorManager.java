package com.masthead.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The best {@code wanted} documents by text score plus a bounded recency score, {@code RECENCY_WEIGHT × pivot /
 * (pivot + |now − time|)}, added here rather than by a query clause.
 *
 * <p>Why a collector: as an optional clause beside the required text query (a distance-feature query), recency
 * made Lucene 9.12 score the text query with {@code ReqOptSumScorer}, which checks score bounds per block of
 * documents but never passes the page's minimum score down to the text disjunction. A common word's title matches
 * sit in nearly every block, so nothing was skipped: {@code 中小企业} scored all 298,961 matches of the 1M benchmark
 * corpus (45 ms), against 17,665 without the clause (15 ms). Here the text query runs alone, and because recency
 * adds at most {@link LuceneQueries#RECENCY_WEIGHT}, a document can only reach the page if its text score is at
 * least the page's lowest total minus that weight; that bound goes to the text scorer, whose block-max WAND then
 * skips the rest. The ranking is the same as scoring every match (checked against that in the tests).
 *
 * <p>Totals follow Lucene's convention: matches are counted exactly up to {@code countUpTo}; only after that may
 * documents be skipped, and a total of {@code countUpTo} or more is a lower bound ({@link
 * TotalHits.Relation#GREATER_THAN_OR_EQUAL_TO}). Slices of a concurrent search share the best page floor any of them
 * has found.
 */
final class RecencyRankedCollectorManager implements CollectorManager<RecencyRankedCollectorManager.Ranked, TopDocs> {

    private final int wanted;
    private final int countUpTo;
    private final long now;
    private final float weight;
    private final double pivot;

    /** Float bits of the highest page floor (lowest total score on a full page) of any slice; scores are >= 0. */
    private final AtomicInteger sharedFloor = new AtomicInteger(Float.floatToIntBits(0f));

    RecencyRankedCollectorManager(int wanted, int countUpTo, Instant now, float weight, Duration pivot) {
        if (wanted < 1 || countUpTo < 1 || weight < 0 || pivot.isNegative() || pivot.isZero()) {
            throw new IllegalArgumentException("wanted, countUpTo, weight and pivot must be positive");
        }
        this.wanted = wanted;
        this.countUpTo = countUpTo;
        this.now = now.toEpochMilli();
        this.weight = weight;
        this.pivot = pivot.toMillis();
    }

    /** The recency score of a document stamped {@code epochMillis}. */
    float recency(long epochMillis) {
        double distance = Math.abs((double) now - epochMillis);
        return (float) (weight * (pivot / (pivot + distance)));
    }

    @Override
    public Ranked newCollector() {
        return new Ranked();
    }

    @Override
    public TopDocs reduce(Collection<Ranked> collectors) {
        TopDocs[] slices = collectors.stream().map(Ranked::topDocs).toArray(TopDocs[]::new);
        TopDocs merged = TopDocs.merge(wanted, slices);
        // a slice skips only after counting countUpTo matches, so an exact sum is always below countUpTo
        long counted = merged.totalHits.value;
        TotalHits.Relation relation =
                counted < countUpTo ? TotalHits.Relation.EQUAL_TO : TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
        return new TopDocs(new TotalHits(counted, relation), merged.scoreDocs);
    }

    private void share(float floor) {
        int bits = Float.floatToIntBits(floor);
        sharedFloor.accumulateAndGet(bits, Math::max); // non-negative floats order like their bits
    }

    private float sharedFloor() {
        return Float.intBitsToFloat(sharedFloor.get());
    }

    /** One slice's collector. */
    final class Ranked implements Collector {

        private final HitQueue queue = new HitQueue(wanted, false);
        private long hits;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int docBase = context.docBase;
            NumericDocValues times = DocValues.getNumeric(context.reader(), LuceneDocuments.TIME_VALUE);
            return new LeafCollector() {
                private Scorable scorer;
                private float minTextScore;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    this.minTextScore = 0f;
                    raiseMinimum();
                }

                @Override
                public void collect(int doc) throws IOException {
                    hits++;
                    float score = scorer.score() + (times.advanceExact(doc) ? recency(times.longValue()) : 0f);
                    if (queue.size() < wanted) {
                        queue.add(new ScoreDoc(docBase + doc, score));
                        if (queue.size() == wanted) {
                            share(queue.top().score);
                        }
                    } else if (score > queue.top().score) {
                        // documents arrive in increasing order, so an equal score loses to the one already kept
                        ScoreDoc lowest = queue.top();
                        lowest.doc = docBase + doc;
                        lowest.score = score;
                        share(queue.updateTop().score);
                    }
                    raiseMinimum();
                }

                /** After {@code countUpTo} matches, tells the text scorer what it may skip. */
                private void raiseMinimum() throws IOException {
                    if (hits < countUpTo) {
                        return;
                    }
                    float floor = sharedFloor();
                    if (queue.size() == wanted) {
                        floor = Math.max(floor, queue.top().score);
                    }
                    // a document whose text score is below floor − weight totals less than floor even if published
                    // today; nextDown keeps float rounding on the safe side (it can only let more documents in)
                    float minimum = Math.nextDown(floor - weight);
                    if (minimum > minTextScore) {
                        scorer.setMinCompetitiveScore(minimum);
                        minTextScore = minimum;
                    }
                }
            };
        }

        TopDocs topDocs() {
            ScoreDoc[] best = new ScoreDoc[queue.size()];
            for (int i = best.length - 1; i >= 0; i--) {
                best[i] = queue.pop();
            }
            return new TopDocs(new TotalHits(hits, TotalHits.Relation.EQUAL_TO), best);
        }
    }
}
