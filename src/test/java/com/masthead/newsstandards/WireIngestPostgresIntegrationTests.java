package com.masthead.newsstandards;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class WireIngestPostgresIntegrationTests extends PostgresSiteTest implements WireIngestContract {

    @Autowired
    WireFolder wireFolder;

    @Override
    public WireFolder wireFolder() {
        return wireFolder;
    }
}
