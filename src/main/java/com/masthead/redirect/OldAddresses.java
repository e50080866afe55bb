package com.masthead.redirect;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import com.masthead.shared.Snapshot;
import com.masthead.shared.Snapshots;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Old addresses and where they lead. Lookups go through a cache of at most {@code 10,000} paths (found or not);
 * while no old address is stored at all (a site that never imported one) a lookup costs no query. Recording
 * empties the cache here after commit and on every other instance through the change signal {@code redirects}.
 * Thread-safe.
 */
@Service
public class OldAddresses {

    private static final int CACHED_PATHS = 10_000;

    private final OldAddressRepository addresses;
    private final Clock clock;
    private final Snapshot<Lookup> lookup;

    OldAddresses(OldAddressRepository addresses, Clock clock, Snapshots snapshots) {
        this.addresses = addresses;
        this.clock = clock;
        this.lookup = snapshots.of(
                "redirects",
                previous -> new Lookup(
                        addresses.isEmpty(),
                        Caffeine.newBuilder().maximumSize(CACHED_PATHS).<String, Optional<String>>build()));
    }

    /** What the lookup holds: whether there is nothing to find, and the paths already asked for. */
    private record Lookup(boolean none, Cache<String, Optional<String>> paths) {}

    /** Where the old address {@code oldPath} (already in the form of {@link OldPaths}) now leads, if anywhere. */
    public Optional<String> targetOf(String oldPath) {
        Lookup current = lookup.get();
        if (current.none()) {
            return Optional.empty();
        }
        return current.paths().get(oldPath, addresses::targetOf);
    }

    /**
     * Records old addresses in the caller's transaction (or its own); an old path already recorded, here or
     * earlier in {@code batch}, is left as it is. Answers how many were recorded.
     */
    @Transactional
    public int record(Collection<OldAddress> batch) {
        long now = clock.millis();
        Set<String> seen = new HashSet<>();
        int recorded = 0;
        for (OldAddress address : batch) {
            if (seen.add(address.oldPath())
                    && addresses.targetOf(address.oldPath()).isEmpty()) {
                addresses.insert(address, now);
                recorded++;
            }
        }
        if (recorded > 0) {
            lookup.changed();
        }
        return recorded;
    }

    /** One page of the old addresses, the latest recorded first. */
    public PageResult<OldAddress> list(PageRequest request) {
        return new PageResult<>(
                addresses.page(request.size(), request.offset()), request.page(), request.size(), addresses.count());
    }
}
