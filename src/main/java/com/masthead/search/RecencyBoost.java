package com.masthead.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A mild score multiplier for recent articles: {@code 1 + weight × halfLife / (halfLife + age)}, so today's
 * article gets {@code 1 + weight}, one {@code halfLife} old half of that extra, and old ones almost nothing.
 */
final class RecencyBoost extends DoubleValuesSource {

    private static final double DAY_MILLIS = 86_400_000d;

    private final String field;
    private final long now;
    private final double halfLifeDays;
    private final double weight;

    RecencyBoost(String field, long now, double halfLifeDays, double weight) {
        this.field = field;
        this.now = now;
        this.halfLifeDays = halfLifeDays;
        this.weight = weight;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues times = DocValues.getNumeric(ctx.reader(), field);
        return new DoubleValues() {
            private long time;

            @Override
            public double doubleValue() {
                double ageDays = Math.max(0, (now - time) / DAY_MILLIS);
                return 1 + weight * halfLifeDays / (halfLifeDays + ageDays);
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                time = times.advanceExact(doc) ? times.longValue() : 0;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, now, halfLifeDays, weight);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecencyBoost r
                && r.field.equals(field)
                && r.now == now
                && r.halfLifeDays == halfLifeDays
                && r.weight == weight;
    }

    @Override
    public String toString() {
        return "recency(" + field + ")";
    }
}
