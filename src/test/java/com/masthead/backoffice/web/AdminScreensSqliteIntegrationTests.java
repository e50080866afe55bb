package com.masthead.backoffice.web;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AdminScreensSqliteIntegrationTests extends SqliteSiteTest
        implements UserAdminContract, AdminScreensAccessContract, AdminScreensTextContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
