package com.masthead.pagecache;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The purge queue with instances on one SQLite file (WAL mode, the production URL options). */
class PurgeQueueSqliteIntegrationTests implements PurgeQueueContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static final PurgeReceiver RECEIVER = new PurgeReceiver();
    private static Map<String, Object> database;

    @BeforeAll
    static void createDatabase() throws IOException {
        database = TwoInstances.newSqliteDatabase("masthead-purge-queue-sqlite");
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
