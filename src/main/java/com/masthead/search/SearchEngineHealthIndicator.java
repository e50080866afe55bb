package com.masthead.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code searchEngine}: DOWN while the OpenSearch cluster does not answer (the
 * site still serves its pages, searches answer 503). Not part of the liveness probe, which must not restart an
 * instance for a cluster it cannot fix; the embedded Lucene index is always UP.
 */
@Component
class SearchEngineHealthIndicator implements HealthIndicator {

    private final SearchIndex index;

    SearchEngineHealthIndicator(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        if (index instanceof OpenSearchSearchIndex cluster) {
            return cluster.reachable()
                    ? Health.up().withDetail("backend", "opensearch").build()
                    : Health.down().withDetail("backend", "opensearch").build();
        }
        return Health.up().withDetail("backend", "lucene").build();
    }
}
