package com.masthead.audit;

import com.masthead.support.PostgresSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/** The audit trail (chain, recording, API, staff pages) on PostgreSQL. */
class AuditPostgresIntegrationTests extends PostgresSiteTest
        implements AuditChainContract, AuditRecordingContract, AuditApiContract, AuditAdminPageContract {

    @Autowired
    ApplicationContext context;

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public ApplicationEventPublisher events() {
        return context;
    }

    @Override
    public void disableAppendOnlyGuard() {
        jdbc.sql("alter table audit_entry disable trigger user").update();
    }

    @Override
    public void enableAppendOnlyGuard() {
        jdbc.sql("alter table audit_entry enable trigger user").update();
    }
}
