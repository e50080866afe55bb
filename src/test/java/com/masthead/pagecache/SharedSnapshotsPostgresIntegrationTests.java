package com.masthead.pagecache;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one PostgreSQL database of their own (on the tests' embedded server). */
class SharedSnapshotsPostgresIntegrationTests implements SharedSnapshotsContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static TwoInstances.Instance editorial;
    private static TwoInstances.Instance reader;

    @BeforeAll
    static void start() throws SQLException {
        Map<String, Object> database = new HashMap<>(TwoInstances.newPostgresDatabase(
                "shared_snapshots_" + ProcessHandle.current().pid()));
        // a poll once a minute only: a change that arrives within the bound was pushed (LISTEN/NOTIFY)
        database.put("masthead.change-signals.poll-interval", "1m");
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

    /**
     * Pushed (tens of milliseconds; bench/signals measures it): the poll comes once a minute here, so anything
     * within this bound, generous for a loaded two-core CI machine, came through LISTEN/NOTIFY.
     */
    @Override
    public Duration freshWithin() {
        return Duration.ofSeconds(3);
    }
}
