package com.masthead.discovery;

import com.masthead.support.SqliteSiteTest;

/** Feeds, sitemaps and structured data over real HTTP on SQLite. */
class DiscoverySqliteIntegrationTests extends SqliteSiteTest implements DiscoveryContract {

    @Override
    public long anyImageId() {
        return jdbc.sql("select min(id) from image").query(Long.class).single();
    }
}
