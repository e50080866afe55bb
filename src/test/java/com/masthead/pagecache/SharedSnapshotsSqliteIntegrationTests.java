package com.masthead.pagecache;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one SQLite file (WAL mode, the production URL options). */
class SharedSnapshotsSqliteIntegrationTests implements SharedSnapshotsContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static TwoInstances.Instance editorial;
    private static TwoInstances.Instance reader;

    @BeforeAll
    static void start() throws IOException {
        Map<String, Object> database = TwoInstances.newSqliteDatabase("masthead-snapshots-sqlite");
        editorial = INSTANCES.startFirst(database);
        reader = INSTANCES.startSecond(database);
    }

    @AfterAll
    static void stop() {
        INSTANCES.close();
    }

    @Override
    public TwoInstances.Instance editorial() {
        return editorial;
    }

    @Override
    public TwoInstances.Instance reader() {
        return reader;
    }

    /** The 1 s poll and a render, with room for a loaded two-core CI machine (bench/signals measures it). */
    @Override
    public Duration freshWithin() {
        return Duration.ofSeconds(4);
    }
}
