package com.masthead.newsstandards;

import com.masthead.media.ImageLibrary;
import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class NewsStandardsPostgresIntegrationTests extends PostgresSiteTest implements NewsStandardsContract {

    @Autowired
    ImageLibrary images;

    @Override
    public ImageLibrary images() {
        return images;
    }
}
