package com.masthead.pagecache;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Shared page blocks held in memory ({@code masthead.cache.fragments.*}, {@link PageFragments}).
 *
 * @param enabled keep shared blocks between renders; false builds them for every page (for comparisons)
 * @param maxEntries blocks kept at most (a block per list and size: a few per channel)
 */
@ConfigurationProperties("masthead.cache.fragments")
public record FragmentProperties(Boolean enabled, int maxEntries) {

    public FragmentProperties {
        enabled = enabled == null || enabled;
        maxEntries = maxEntries <= 0 ? 1000 : maxEntries;
    }
}
