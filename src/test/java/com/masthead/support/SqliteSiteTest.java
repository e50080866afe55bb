package com.masthead.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of full-stack tests on the embedded default: the whole application on a random port over a fresh SQLite
 * file in WAL mode (the same URL options as production), seeded with the demo newspaper. All subclasses share
 * one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({QueryCounter.Configuration.class, FilterChainWitness.Configuration.class})
public abstract class SqliteSiteTest extends SiteTestSupport {

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:sqlite:" + DATA_DIR.resolve("masthead.db")
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("masthead-sqlite-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
