package com.masthead.backoffice.web;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AdminScreensPostgresIntegrationTests extends PostgresSiteTest
        implements UserAdminContract, AdminScreensAccessContract, AdminScreensTextContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
