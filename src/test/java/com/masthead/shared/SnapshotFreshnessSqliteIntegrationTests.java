package com.masthead.shared;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SnapshotFreshnessSqliteIntegrationTests extends SqliteSiteTest implements SnapshotFreshnessContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
