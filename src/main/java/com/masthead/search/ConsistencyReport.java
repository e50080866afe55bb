package com.masthead.search;

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

    public boolean consistent() {
        return missingCount == 0
                && extraCount == 0
                && databaseArticles == indexedArticles
                && databasePublished == indexedPublished;
    }
}
