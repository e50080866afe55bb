package com.masthead.pagecache;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The purge queue with instances on one PostgreSQL database of their own (on the tests' embedded server). */
class PurgeQueuePostgresIntegrationTests implements PurgeQueueContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static final PurgeReceiver RECEIVER = new PurgeReceiver();
    private static Map<String, Object> database;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = TwoInstances.newPostgresDatabase(
                "purge_queue_" + ProcessHandle.current().pid());
    }

    @AfterAll
    static void stop() {
        INSTANCES.close();
        RECEIVER.close();
    }

    @Override
    public TwoInstances instances() {
        return INSTANCES;
    }

    @Override
    public Map<String, Object> database() {
        return database;
    }

    @Override
    public PurgeReceiver receiver() {
        return RECEIVER;
    }
}
