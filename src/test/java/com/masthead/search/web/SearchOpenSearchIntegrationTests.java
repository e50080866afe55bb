package com.masthead.search.web;

import com.masthead.search.SearchIndex;
import com.masthead.support.OpenSearchNode;
import com.masthead.support.SiteTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search contracts with {@code masthead.search.backend=opensearch}: the whole application over SQLite, its
 * index in a real OpenSearch node ({@link OpenSearchNode}) under a prefix of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchOpenSearchIntegrationTests extends SiteTestSupport implements SearchContract, StaffSearchPageContract {

    private static final Path DATA_DIR = createDataDir();

    @Autowired
    private SearchIndex searchIndex;

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("masthead.data-dir", DATA_DIR::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:sqlite:" + DATA_DIR.resolve("masthead.db")
                        + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE");
        registry.add("masthead.search.backend", () -> "opensearch");
        registry.add(
                "masthead.search.opensearch.urls", () -> OpenSearchNode.shared().url());
        registry.add("masthead.search.opensearch.index-prefix", () -> "contract");
    }

    @Override
    public JdbcClient database() {
        return jdbc;
    }

    @Override
    public SearchIndex searchIndex() {
        return searchIndex;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("masthead-opensearch-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
