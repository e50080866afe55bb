package com.masthead.pagecache;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class EarlyHitsPostgresIntegrationTests extends PostgresSiteTest implements EarlyHitsContract {

    @Autowired
    private PageCache pageCache;

    @Override
    public PageCache pageCache() {
        return pageCache;
    }
}
