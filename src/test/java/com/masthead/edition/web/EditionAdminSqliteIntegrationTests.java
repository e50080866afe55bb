package com.masthead.edition.web;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class EditionAdminSqliteIntegrationTests extends SqliteSiteTest implements EditionAdminContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
