package com.masthead.shared;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SnapshotFreshnessPostgresIntegrationTests extends PostgresSiteTest implements SnapshotFreshnessContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
