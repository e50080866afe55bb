package com.masthead.discovery;

import com.masthead.support.PostgresSiteTest;

/** Feeds, sitemaps and structured data over real HTTP on PostgreSQL. */
class DiscoveryPostgresIntegrationTests extends PostgresSiteTest implements DiscoveryContract {

    @Override
    public long anyImageId() {
        return jdbc.sql("select min(id) from image").query(Long.class).single();
    }
}
