package com.masthead.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search index settings ({@code masthead.search.*}).
 *
 * @param catchUpInterval how often an instance applies the article changes it has not applied yet, made here or on
 *     other instances (default 2 s)
 * @param changeGapGrace how long a missing number in the article change sequence is read again (a transaction that
 *     took it may still commit) before catching up moves past it (default 5 min)
 * @param changeRetention how long article changes are kept; an index that was offline longer is rebuilt (default 7
 *     days)
 * @param backend where the index lives: {@code lucene} (default, files on this node) or {@code opensearch} (a
 *     cluster every instance shares; settings under {@code masthead.search.opensearch.*})
 */
@ConfigurationProperties("masthead.search")
record SearchProperties(
        Duration catchUpInterval, Duration changeGapGrace, Duration changeRetention, SearchBackend backend) {

    SearchProperties {
        catchUpInterval = catchUpInterval == null ? Duration.ofSeconds(2) : catchUpInterval;
        changeGapGrace = changeGapGrace == null ? Duration.ofMinutes(5) : changeGapGrace;
        changeRetention = changeRetention == null ? Duration.ofDays(7) : changeRetention;
        backend = backend == null ? SearchBackend.LUCENE : backend;
    }

    /** The implementations of {@link SearchIndex} to choose from. */
    enum SearchBackend {
        LUCENE,
        OPENSEARCH
    }
}
