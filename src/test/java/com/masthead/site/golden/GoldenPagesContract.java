package com.masthead.site.golden;

import com.masthead.pagecache.TwoInstances;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo newspaper's reader pages, rendered uncached at a fixed time, are byte for byte the pages of the code
 * before the cache-miss work ({@link GoldenPages}).
 */
interface GoldenPagesContract {

    /** The database for a fresh instance (datasource properties). */
    Map<String, Object> database() throws Exception;

    static Map<String, Object> settings() {
        return Map.of(
                "masthead.seed-demo-content",
                true,
                "masthead.cache.enabled",
                false,
                // no page PDFs: their bytes (and so the page images' names) differ from run to run
                "masthead.epaper.demo-font",
                "/nonexistent/no-demo-font.ttf",
                "spring.main.sources",
                FixedClock.class.getName());
    }

    @Test
    default void uncachedPagesAreByteForByteThePagesOfBefore() throws Exception {
        try (TwoInstances instances = new TwoInstances()) {
            TwoInstances.Instance site = instances.start("golden", database(), settings());
            Map<String, String> first = GoldenPages.render(site);
            // a second rendering of the same pages: the fragments now held must give the same bytes
            Map<String, String> second = GoldenPages.render(site);
            GoldenPages.check(first);
            GoldenPages.check(second);
        }
    }
}
