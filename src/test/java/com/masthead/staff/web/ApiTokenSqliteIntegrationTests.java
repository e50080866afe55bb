package com.masthead.staff.web;

import com.masthead.support.SqliteSiteTest;

class ApiTokenSqliteIntegrationTests extends SqliteSiteTest implements ApiTokenContract {

    @Override
    public long demoChannelId() {
        return jdbc.sql("select id from channel where parent_id is not null order by id limit 1")
                .query(Long.class)
                .single();
    }
}
