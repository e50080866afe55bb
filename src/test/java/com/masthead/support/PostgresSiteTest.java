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
 * Base of full-stack tests on PostgreSQL: the same application and demo content as {@link SqliteSiteTest}, on a
 * real PostgreSQL server started by the tests themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FilterChainWitness.Configuration.class)
public abstract class PostgresSiteTest extends SiteTestSupport {

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", DATA_DIR::toString);
        registry.add("spring.datasource.url", PostgresServer::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("masthead-postgres-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
