package com.masthead.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search index settings ({@code masthead.search.*}).
 *
 * @param catchUpInterval how often an instance indexes articles changed elsewhere (default 2 s)
 * @param catchUpOverlap how far back each catch-up looks again, for writes that committed late (default 10 s)
 * @param backend where the index lives: {@code lucene} (default, files on this node) or {@code opensearch} (a
 *     cluster every instance shares; settings under {@code masthead.search.opensearch.*})
 */
@ConfigurationProperties("masthead.search")
record SearchProperties(Duration catchUpInterval, Duration catchUpOverlap, SearchBackend backend) {

    SearchProperties {
        catchUpInterval = catchUpInterval == null ? Duration.ofSeconds(2) : catchUpInterval;
        catchUpOverlap = catchUpOverlap == null ? Duration.ofSeconds(10) : catchUpOverlap;
        backend = backend == null ? SearchBackend.LUCENE : backend;
    }

    /** The implementations of {@link SearchIndex} to choose from. */
    enum SearchBackend {
        LUCENE,
        OPENSEARCH
    }
}
