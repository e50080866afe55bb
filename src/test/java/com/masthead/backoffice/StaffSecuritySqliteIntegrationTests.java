package com.masthead.backoffice;

import com.masthead.staff.StaffAccounts;
import com.masthead.support.SqliteSiteTest;
import org.springframework.jdbc.core.simple.JdbcClient;

class StaffSecuritySqliteIntegrationTests extends SqliteSiteTest implements StaffSecurityContract {

    @Override
    public StaffAccounts accounts() {
        return staffAccounts;
    }

    @Override
    public JdbcClient database() {
        return jdbc;
    }
}
