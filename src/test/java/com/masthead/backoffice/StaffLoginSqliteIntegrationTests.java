package com.masthead.backoffice;

import com.masthead.staff.StaffAccounts;
import com.masthead.support.SqliteSiteTest;

class StaffLoginSqliteIntegrationTests extends SqliteSiteTest implements StaffLoginContract {

    @Override
    public StaffAccounts accounts() {
        return staffAccounts;
    }

    @Override
    public String jdbcPasswordHash(String login) {
        return jdbc.sql("select password_hash from staff_account where login = ?")
                .param(login)
                .query(String.class)
                .single();
    }
}
