package com.masthead.epaper.web;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AreaEditingPostgresIntegrationTests extends PostgresSiteTest implements AreaEditingContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
