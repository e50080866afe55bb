package com.masthead.newsstandards;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class WireIngestSqliteIntegrationTests extends SqliteSiteTest implements WireIngestContract {

    @Autowired
    WireFolder wireFolder;

    @Override
    public WireFolder wireFolder() {
        return wireFolder;
    }
}
