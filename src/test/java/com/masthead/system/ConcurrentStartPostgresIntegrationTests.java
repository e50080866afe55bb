package com.masthead.system;

import com.masthead.pagecache.TwoInstances;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** Three instances starting together on one PostgreSQL database of their own (on the tests' embedded server). */
class ConcurrentStartPostgresIntegrationTests implements ConcurrentStartContract {

    private static final TwoInstances INSTANCES = new TwoInstances();

    @AfterAll
    static void stop() {
        INSTANCES.close();
    }

    @Override
    public TwoInstances instances() {
        return INSTANCES;
    }

    @Override
    public Map<String, Object> emptyDatabase() throws Exception {
        return TwoInstances.newPostgresDatabase(
                "together_" + ProcessHandle.current().pid());
    }
}
