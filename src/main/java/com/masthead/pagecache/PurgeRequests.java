package com.masthead.pagecache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells reverse proxies and CDNs to drop evicted pages: one purge per configured endpoint ({@code
 * masthead.cache.purge-endpoints}) and path, written to the durable {@link PurgeQueue} once the change's transaction is
 * over and before its request returns ({@link PendingPurges}), and sent from there by whichever instance gets to it
 * first.
 */
@Component
class PurgeRequests {

    private final PageCacheProperties properties;
    private final PendingPurges pending;

    PurgeRequests(PageCacheProperties properties, PendingPurges pending) {
        this.properties = properties;
        this.pending = pending;
    }

    void purge(Collection<String> paths) {
        if (properties.purgeEndpoints().isEmpty() || paths.isEmpty()) {
            return;
        }
        List<String> urls = new ArrayList<>();
        for (String endpoint : properties.purgeEndpoints()) {
            for (String path : paths) {
                urls.add(endpoint.replace("{path}", path));
            }
        }
        pending.add(urls);
    }
}
