package com.masthead.article;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class ChannelListingSqliteIntegrationTests extends SqliteSiteTest implements ChannelListingContract {

    @Autowired
    private ArticleReading reading;

    @Override
    public ArticleReading reading() {
        return reading;
    }
}
