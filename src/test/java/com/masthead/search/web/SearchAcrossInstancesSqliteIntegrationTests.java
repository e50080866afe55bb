package com.masthead.search.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Instances on one SQLite file. (A transaction that commits out of order cannot happen here: SQLite serialises
 * writers, so change numbers commit in order; the PostgreSQL twin tests it.)
 */
class SearchAcrossInstancesSqliteIntegrationTests implements SearchAcrossInstancesContract {

    private static final SearchInstances INSTANCES = new SearchInstances();
    private static Map<String, Object> database;
    private static SearchInstances.Instance first;
    private static SearchInstances.Instance second;
    private static SearchInstances.Instance behind;

    @BeforeAll
    static void start() throws IOException {
        database = SearchInstances.newSqliteDatabase("search-instances");
        first = INSTANCES.start(database, "first");
        second = INSTANCES.start(database, "second");
        behind = INSTANCES.start(database, "behind", Duration.ofHours(-3), null);
    }

    @AfterAll
    static void stop() {
        INSTANCES.close();
    }

    @Override
    public SearchInstances.Instance first() {
        return first;
    }

    @Override
    public SearchInstances.Instance second() {
        return second;
    }

    @Override
    public SearchInstances.Instance behind() {
        return behind;
    }

    @Override
    public SearchInstances.Instance startGated(CountDownLatch gate) {
        return INSTANCES.start(database, "gated", Duration.ZERO, gate);
    }
}
