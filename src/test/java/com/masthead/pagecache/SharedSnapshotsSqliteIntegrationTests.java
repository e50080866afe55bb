package com.masthead.pagecache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path file = Files.createTempDirectory("masthead-snapshots-sqlite").resolve("masthead.db");
        Map<String, Object> database = Map.of(
                "spring.datasource.url",
                "jdbc:sqlite:" + file
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
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
}
