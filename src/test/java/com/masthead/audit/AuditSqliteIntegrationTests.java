package com.masthead.audit;

import com.masthead.support.SqliteSiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/** The audit trail (chain, recording, API, staff pages) on SQLite. */
class AuditSqliteIntegrationTests extends SqliteSiteTest
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
        jdbc.sql("drop trigger if exists audit_entry_no_update").update();
        jdbc.sql("drop trigger if exists audit_entry_no_delete").update();
    }

    @Override
    public void enableAppendOnlyGuard() {
        for (String operation : new String[] {"update", "delete"}) {
            jdbc.sql("create trigger audit_entry_no_" + operation + " before " + operation
                            + " on audit_entry for each row"
                            + " begin select raise(abort, 'refused: the table is append-only'); end")
                    .update();
        }
    }
}
