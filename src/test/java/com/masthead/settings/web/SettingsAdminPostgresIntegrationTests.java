package com.masthead.settings.web;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SettingsAdminPostgresIntegrationTests extends PostgresSiteTest implements SettingsAdminContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
