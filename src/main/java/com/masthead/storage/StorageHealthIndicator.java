package com.masthead.storage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code storage} in {@code /actuator/health}: whether the store can be reached (for S3 a {@code HEAD} of the
 * bucket). Deliberately not in the readiness group: pages, lists and the newsroom work without it (only pictures,
 * page images, PDFs and uploads fail), and a bucket outage that took every instance out of the load balancer at
 * once would turn broken pictures into a site that is down. Monitoring reads it from the overall health.
 */
@Component("storage")
class StorageHealthIndicator extends AbstractHealthIndicator {

    private final ObjectStore store;

    StorageHealthIndicator(ObjectStore store) {
        super("storage is not reachable");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        builder.withDetail("store", store.describe());
        store.checkReachable();
        builder.up();
    }
}
