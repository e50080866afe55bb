package com.masthead.backoffice;

import com.masthead.staff.StaffAccounts;
import com.masthead.support.PostgresSiteTest;
import org.springframework.jdbc.core.simple.JdbcClient;

class StaffSecurityPostgresIntegrationTests extends PostgresSiteTest implements StaffSecurityContract {

    @Override
    public StaffAccounts accounts() {
        return staffAccounts;
    }

    @Override
    public JdbcClient database() {
        return jdbc;
    }
}
