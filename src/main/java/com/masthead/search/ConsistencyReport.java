package com.masthead.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How the index compares with the database. {@code missing} are articles the index lacks, {@code extra} documents
 * of articles the database no longer has; both lists are samples of at most {@link #SAMPLE} ids, the counts are
 * complete. {@code rebuilding} is true while a rebuild runs (counts may then disagree for a while).
 */
public record ConsistencyReport(
        long databaseArticles,
        long indexedArticles,
        long databasePublished,
        long indexedPublished,
        long missingCount,
        List<Long> missing,
        long extraCount,
        List<Long> extra,
        boolean rebuilding) {

    public static final int SAMPLE = 100;

    /** Compares the ascending ids of the database and the index. */
    static ConsistencyReport compare(
            long[] db, long[] indexed, long databasePublished, long indexedPublished, boolean rebuilding) {
        List<Long> missing = new ArrayList<>();
        List<Long> extra = new ArrayList<>();
        long missingCount = 0;
        long extraCount = 0;
        int i = 0;
        int j = 0;
        while (i < db.length || j < indexed.length) {
            if (j >= indexed.length || (i < db.length && db[i] < indexed[j])) {
                if (missing.size() < SAMPLE) {
                    missing.add(db[i]);
                }
                missingCount++;
                i++;
            } else if (i >= db.length || indexed[j] < db[i]) {
                if (extra.size() < SAMPLE) {
                    extra.add(indexed[j]);
                }
                extraCount++;
                j++;
            } else {
                i++;
                j++;
            }
        }
        return new ConsistencyReport(
                db.length,
                indexed.length,
                databasePublished,
                indexedPublished,
                missingCount,
                missing,
                extraCount,
                extra,
                rebuilding);
    }

    public boolean consistent() {
        return missingCount == 0
                && extraCount == 0
                && databaseArticles == indexedArticles
                && databasePublished == indexedPublished;
    }
}
