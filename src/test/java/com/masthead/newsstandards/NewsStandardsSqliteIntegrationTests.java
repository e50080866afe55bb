package com.masthead.newsstandards;

import com.masthead.media.ImageLibrary;
import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;

class NewsStandardsSqliteIntegrationTests extends SqliteSiteTest implements NewsStandardsContract {

    @Autowired
    ImageLibrary images;

    @Override
    public ImageLibrary images() {
        return images;
    }
}
