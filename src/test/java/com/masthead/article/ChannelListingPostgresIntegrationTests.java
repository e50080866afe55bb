package com.masthead.article;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class ChannelListingPostgresIntegrationTests extends PostgresSiteTest implements ChannelListingContract {

    @Autowired
    private ArticleReading reading;

    @Override
    public ArticleReading reading() {
        return reading;
    }
}
