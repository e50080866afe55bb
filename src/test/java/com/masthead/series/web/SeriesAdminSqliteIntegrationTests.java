package com.masthead.series.web;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SeriesAdminSqliteIntegrationTests extends SqliteSiteTest implements SeriesAdminContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
