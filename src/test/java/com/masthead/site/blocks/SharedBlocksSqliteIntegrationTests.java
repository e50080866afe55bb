package com.masthead.site.blocks;

import com.masthead.pagecache.TwoInstances;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two instances on one SQLite file, page cache off: the 1 s poll and a render, with room for a loaded machine. */
class SharedBlocksSqliteIntegrationTests implements SharedBlocksContract {

    private static final TwoInstances INSTANCES = new TwoInstances();
    private static TwoInstances.Instance editorial;
    private static TwoInstances.Instance reader;
    private static Scene scene;

    @BeforeAll
    static void start() throws Exception {
        Map<String, Object> database = new HashMap<>(TwoInstances.newSqliteDatabase("masthead-blocks-sqlite"));
        editorial = INSTANCES.start("first", database, SharedBlocksContract.uncached());
        scene = Scene.create(editorial);
        reader = INSTANCES.start("second", database, SharedBlocksContract.uncached());
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

    @Override
    public Duration freshWithin() {
        return Duration.ofSeconds(4);
    }
}
