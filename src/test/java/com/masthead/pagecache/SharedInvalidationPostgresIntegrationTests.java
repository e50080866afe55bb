package com.masthead.pagecache;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one PostgreSQL database of their own (on the tests' embedded server). */
class SharedInvalidationPostgresIntegrationTests implements SharedInvalidationContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static TwoInstances.Instance editorial;
    private static TwoInstances.Instance reader;
    private static Scene scene;

    @BeforeAll
    static void start() throws SQLException {
        Map<String, Object> database = TwoInstances.newPostgresDatabase(
                "shared_invalidation_" + ProcessHandle.current().pid());
        editorial = INSTANCES.startFirst(database);
        scene = Scene.create(editorial);
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

    @Override
    public Scene scene() {
        return scene;
    }
}
