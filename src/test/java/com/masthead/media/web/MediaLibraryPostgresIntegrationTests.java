package com.masthead.media.web;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class MediaLibraryPostgresIntegrationTests extends PostgresSiteTest implements MediaLibraryContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
