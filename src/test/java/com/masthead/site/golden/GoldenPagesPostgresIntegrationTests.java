package com.masthead.site.golden;

import com.masthead.pagecache.TwoInstances;
import java.util.Map;

class GoldenPagesPostgresIntegrationTests implements GoldenPagesContract {

    @Override
    public Map<String, Object> database() throws Exception {
        return TwoInstances.newPostgresDatabase("golden_pages");
    }
}
