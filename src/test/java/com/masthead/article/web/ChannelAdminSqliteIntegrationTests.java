package com.masthead.article.web;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class ChannelAdminSqliteIntegrationTests extends SqliteSiteTest implements ChannelAdminContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
