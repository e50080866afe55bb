package com.masthead.pagecache;

import com.masthead.shared.ChangeSignals;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the page invalidations other instances signalled ({@link ChangeSignals}, topic {@value PageCache#TOPIC})
 * to this instance's page cache. Once is enough: the signals of one transaction arrive in the order it sent them,
 * and its snapshot signals come before its page invalidations, so this instance's in-memory snapshots have already
 * caught up with the change when its pages are dropped, and a page rendered after that shows the change. Thread-safe.
 */
@Component
class RemoteInvalidations {

    private static final Logger log = LoggerFactory.getLogger(RemoteInvalidations.class);

    private final PageCache cache;

    RemoteInvalidations(PageCache cache, ChangeSignals signals) {
        this.cache = cache;
        signals.onRemote(PageCache.TOPIC, this::received);
    }

    void received(String detail) {
        List<String> tags = List.of(detail.split(" "));
        if (tags.contains(PageCache.EVERYTHING)) {
            cache.invalidateAllHere();
        } else {
            cache.invalidateHere(tags);
        }
        log.debug("applied another instance's invalidation of {}", tags);
    }
}
