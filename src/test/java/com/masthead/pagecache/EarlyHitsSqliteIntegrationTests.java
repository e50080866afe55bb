package com.masthead.pagecache;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class EarlyHitsSqliteIntegrationTests extends SqliteSiteTest implements EarlyHitsContract {

    @Autowired
    private PageCache pageCache;

    @Override
    public PageCache pageCache() {
        return pageCache;
    }
}
